/** Every operation of the in-page service, by name (tests and the e2e page driver; pages import the area they use). */
export * from './contacts';
export * from './pending';
export * from './catalog';
export * from './privacy';
export * from './notes';
