// The extension APIs as seen from code evaluated inside the service worker.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
