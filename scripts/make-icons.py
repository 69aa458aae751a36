"""Draw the extension icon (an "F" on an indigo rounded square) as PNGs, with no image library."""
import struct, zlib, sys, os

def png(size):
    bg, fg = (79, 70, 229, 255), (255, 255, 255, 255)
    r = size * 0.22
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cx, cy = min(max(x + .5, r), size - r), min(max(y + .5, r), size - r)
            inside = (x + .5 - cx) ** 2 + (y + .5 - cy) ** 2 <= r * r
            u, v = x / size, y / size
            letter = (0.30 <= u <= 0.42 and 0.22 <= v <= 0.80) or (0.30 <= u <= 0.72 and 0.22 <= v <= 0.33) or (0.30 <= u <= 0.64 and 0.46 <= v <= 0.56)
            row += bytes(fg if inside and letter else bg if inside else (0, 0, 0, 0))
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')

out = sys.argv[1] if len(sys.argv) > 1 else 'public/icon'
os.makedirs(out, exist_ok=True)
for size in (16, 32, 48, 128):
    with open(f'{out}/{size}.png', 'wb') as f:
        f.write(png(size))
