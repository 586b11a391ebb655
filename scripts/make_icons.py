#!/usr/bin/env python3
"""Draws the Okta HR icon once and writes every size the desktop and mobile bundles need into icons/.

Run: python3 scripts/make_icons.py   (needs Pillow: pip install pillow). The PNGs are checked in, so
building the app does not need this script.
"""
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "icons"
SIZE = 1024


def draw() -> Image.Image:
    scale = 4  # draw large, shrink smoothly
    s = SIZE * scale
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    # Indigo rounded square with a lighter top band: the app's colours.
    d.rounded_rectangle((0, 0, s - 1, s - 1), radius=int(s * 0.22), fill=(67, 56, 202, 255))
    d.rounded_rectangle((0, 0, s - 1, int(s * 0.55)), radius=int(s * 0.22), fill=(79, 70, 229, 255))
    d.rectangle((0, int(s * 0.3), s - 1, int(s * 0.55)), fill=(79, 70, 229, 255))
    # A location pin (attendance at the branch) with a check mark (approved).
    cx, cy, r = s // 2, int(s * 0.42), int(s * 0.24)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(255, 255, 255, 255))
    d.polygon([(cx - int(r * 0.72), cy + int(r * 0.7)), (cx + int(r * 0.72), cy + int(r * 0.7)), (cx, int(s * 0.86))], fill=(255, 255, 255, 255))
    w = int(s * 0.045)
    d.line([(cx - int(r * 0.5), cy + int(r * 0.02)), (cx - int(r * 0.1), cy + int(r * 0.42)), (cx + int(r * 0.55), cy - int(r * 0.38))], fill=(67, 56, 202, 255), width=w, joint="curve")
    return image.resize((SIZE, SIZE), Image.LANCZOS)


def main() -> None:
    icon = draw()
    OUT.mkdir(exist_ok=True)

    def save(name: str, px: int) -> None:
        path = OUT / name
        path.parent.mkdir(parents=True, exist_ok=True)
        icon.resize((px, px), Image.LANCZOS).save(path, "PNG")

    for name, px in {"32x32.png": 32, "64x64.png": 64, "128x128.png": 128, "128x128@2x.png": 256, "icon.png": 512}.items():
        save(name, px)
    for px in (30, 44, 71, 89, 107, 142, 150, 284, 310):
        save(f"Square{px}x{px}Logo.png", px)
    save("StoreLogo.png", 50)
    icon.save(OUT / "icon.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])
    icon.save(OUT / "icon.icns")
    for folder, px in {"mdpi": 48, "hdpi": 72, "xhdpi": 96, "xxhdpi": 144, "xxxhdpi": 192}.items():
        for name in ("ic_launcher.png", "ic_launcher_round.png", "ic_launcher_foreground.png"):
            save(f"android/mipmap-{folder}/{name}", px)
    for points, scales in {20: (1, 2, 3), 29: (1, 2, 3), 40: (1, 2, 3), 60: (2, 3), 76: (1, 2), 83.5: (2,), 512: (2,)}.items():
        for factor in scales:
            label = f"{points:g}x{points:g}@{factor}x"
            save(f"ios/AppIcon-{label}.png", int(points * factor))


if __name__ == "__main__":
    main()
