"""Small pictures for the demo, drawn here with Pillow (no photographs are shipped)."""

import io
import random

from PIL import Image, ImageDraw

SIZE = (640, 400)
SKY, RIVER, GRASS = (150, 200, 235), (70, 130, 190), (110, 170, 90)


def landscape(seed, sky=SKY):
    rng = random.Random(seed)
    im = Image.new("RGB", SIZE, sky)
    draw = ImageDraw.Draw(im)
    for i in range(3):  # hills, back to front
        shade = (60 + 30 * i, 120 + 20 * i, 70 + 10 * i)
        base = 190 + 40 * i
        points = [(0, SIZE[1])]
        for x in range(0, SIZE[0] + 80, 80):
            points.append((x, base - rng.randint(0, 60)))
        points.append((SIZE[0], SIZE[1]))
        draw.polygon(points, fill=shade)
    return im, draw


def road(draw):
    draw.polygon([(260, 400), (380, 400), (330, 230), (310, 230)], fill=(90, 90, 95))
    for y in range(250, 400, 30):
        draw.line([(320, y), (320, y + 14)], fill=(240, 240, 240), width=3)


def field(draw):
    for y in range(260, 400, 12):
        draw.line([(0, y), (640, y - 20)], fill=(200, 180, 60), width=5)


def bridge(draw):
    draw.rectangle([0, 280, 640, 400], fill=RIVER)
    draw.rectangle([0, 250, 640, 262], fill=(120, 120, 125))
    for x in range(40, 640, 120):
        draw.rectangle([x, 262, x + 14, 330], fill=(110, 110, 115))
        draw.arc([x - 60, 200, x + 74, 320], 180, 360, fill=(200, 60, 50), width=5)


def festival(draw):
    for x in range(30, 640, 70):
        draw.ellipse([x, 60, x + 30, 100], fill=(220, 40, 40))
        draw.line([(x + 15, 100), (x + 15, 120)], fill=(200, 160, 30), width=2)
    draw.rectangle([220, 260, 420, 330], fill=(190, 40, 40))
    draw.polygon([(200, 260), (440, 260), (320, 200)], fill=(150, 30, 30))


def forest(draw):
    rng = random.Random(5)
    for _ in range(60):
        x, y = rng.randint(0, 640), rng.randint(220, 380)
        draw.polygon(
            [(x, y - 50), (x - 18, y), (x + 18, y)], fill=(30, 100 + rng.randint(0, 60), 50)
        )


def rain(draw):
    rng = random.Random(9)
    for _ in range(300):
        x, y = rng.randint(0, 640), rng.randint(0, 400)
        draw.line([(x, y), (x - 6, y + 18)], fill=(200, 210, 230), width=1)


PICTURES = {
    "road": (road, SKY),
    "field": (field, SKY),
    "bridge": (bridge, SKY),
    "festival": (festival, (240, 200, 120)),
    "forest": (forest, SKY),
    "rain": (rain, (110, 120, 135)),
}


def picture(name):
    """The named picture as JPEG bytes."""
    extra, sky = PICTURES[name]
    im, draw = landscape(name, sky)
    extra(draw)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=82)
    return out.getvalue()


def upload(name, data=None, filename=None, mimetype="image/jpeg"):
    """An upload as deform's file widget hands it to the content API."""
    data = picture(name) if data is None else data
    return {
        "fp": io.BytesIO(data),
        "filename": filename or f"{name}.jpg",
        "mimetype": mimetype,
        "size": len(data),
    }
