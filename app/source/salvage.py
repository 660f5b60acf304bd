"""Rebuilding a damaged PDF from the objects still in its bytes.

The repairs of :mod:`app.source.pdf` (qpdf, pdfium) start from the cross-reference data and the
catalog. When the damage sits in an *object stream* (the compressed container in which current
producers store page dictionaries, fonts, the catalog and the page tree together), one flipped or
missing byte costs every object inside it, and with them every page, although the page *content
streams* (never stored in object streams) are intact. This module reads the file as a sequence of
objects instead:

1. every ``N G obj ... endobj`` in the bytes, streams included (a stream cut by the end of the file
   keeps what is there: a truncated Flate stream still decodes its beginning);
2. every object of every object stream, decompressed as far as the data allows (a damaged or cut
   Flate stream keeps what decodes before the damage; an object cut in the middle is dropped);
3. a new PDF of those objects with a fresh cross-reference table, and a new page tree over the page
   dictionaries found (in the order of their content streams), their inherited attributes (page box,
   resources) copied onto them;
4. when the evidence says pages are missing (no page tree survives, or its page count is higher than
   the pages found), content streams that draw text and that nothing references any more become pages
   of their own. Their resources are what survives of the document's resource dictionaries (or a
   standard font for a font name nothing defines), their page box that of the other pages. Such pages
   carry ``/BBRebuilt true`` so that the pipeline can say so on them.

Bounded: input size, decompressed bytes per stream and in total, objects, and wall time.
"""

from __future__ import annotations

import io
import re
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field

#: Files larger than this are not scanned object by object.
MAX_INPUT = 512 * 1024 * 1024
#: Decompressed bytes kept of one stream, and of all object streams together.
MAX_STREAM = 64 * 1024 * 1024
MAX_TOTAL = 256 * 1024 * 1024
#: Objects kept (a larger count means the scan is reading noise).
MAX_OBJECTS = 500_000
#: Seconds one rebuild may take before it gives up.
TIME_LIMIT = 30.0

#: Key put on pages made from a content stream whose page dictionary was lost.
REBUILT_KEY = "/BBRebuilt"

_OBJ_START = re.compile(rb"(?<![0-9])(\d{1,8})\s+(\d{1,5})\s+obj\b")
_STREAM_KW = re.compile(rb"stream(?:\r\n|\n|\r)")
_ENDOBJ = re.compile(rb"\bendobj\b")
_REF = re.compile(rb"(?<![0-9])(\d{1,8})\s+(\d{1,5})\s+R\b")
_LENGTH = re.compile(rb"/Length\s+(\d+)(\s+\d+\s+R)?")
_TYPE = re.compile(rb"/Type\s*/([A-Za-z]+)")
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_FIRST = re.compile(rb"/First\s+(\d+)")
_COUNT = re.compile(rb"/Count\s+(\d+)")
_CONTENTS = re.compile(rb"/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)")
# stream dictionaries that are not page content: fonts, images, forms, colour profiles, functions
_NOT_CONTENT = re.compile(rb"/(?:Type|Subtype|Length1|Length2|Width|Height|N|FunctionType|ShadingType|"
                          rb"PatternType|BBox)\b")
_TEXT_SHOWN = re.compile(rb"(?<![A-Za-z])BT(?![A-Za-z]).*?(?:\)\s*Tj|\]\s*TJ|>\s*Tj|\)\s*')", re.S)
_FONT_USE = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+[-+]?[\d.]+\s+Tf")
_XOBJECT_USE = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+Do\b")
_GSTATE_USE = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+gs\b")
_MOVES = re.compile(rb"([-+]?\d+(?:\.\d*)?)\s+([-+]?\d+(?:\.\d*)?)\s+(?:cm|Tm|Td|TD)\b")
_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")


class _OutOfTime(Exception):
    pass


@dataclass
class _Obj:
    num: int
    gen: int
    head: bytes  # the object's text, or a stream's dictionary
    stream: bytes | None = None
    order: int = 0  # position in the file: a later definition replaces an earlier one
    type: str = ""


@dataclass
class Rebuilt:
    """A PDF made from the objects found in a damaged one."""

    data: bytes
    pages: int
    #: 1-based numbers of the pages made from content streams whose page dictionary was lost.
    rebuilt_pages: list[int] = field(default_factory=list)
    #: Objects read out of damaged or cut object streams.
    from_object_streams: int = 0


def inflate_prefix(data: bytes, limit: int) -> bytes:
    """What a Flate stream decodes to before its data ends or goes wrong (at most ``limit`` bytes)."""
    out = bytearray()
    d = zlib.decompressobj()
    step = 4096
    for i in range(0, len(data), step):
        chunk = data[i:i + step]
        saved = d.copy()
        try:
            out += d.decompress(chunk, max(1, limit - len(out)))
        except zlib.error:
            # the error loses the output of the whole chunk: feed it again byte by byte to keep
            # everything before the damage
            d = saved
            for k in range(len(chunk)):
                try:
                    out += d.decompress(chunk[k:k + 1], max(1, limit - len(out)))
                except zlib.error:
                    break
                if len(out) >= limit or d.eof:
                    break
            break
        if len(out) >= limit or d.unconsumed_tail or d.eof:
            break
    return bytes(out[:limit])


def a85_lenient(data: bytes) -> bytes:
    """ASCII85 data decoded past damage: a stray byte stands in for a digit, so only its own group of
    four bytes is wrong and the groups after it stay aligned."""
    import base64

    body = data.split(b"~>", 1)[0]
    if body.startswith(b"<~"):
        body = body[2:]
    clean = bytes(c if 33 <= c <= 117 or c == 122 else 33 for c in body if c not in b" \t\r\n\x0c\x00")
    out = bytearray()
    group = bytearray()
    for c in clean:
        if c == 122 and not group:
            out += b"\0\0\0\0"
            continue
        if c == 122:
            continue
        group.append(c)
        if len(group) == 5:
            try:
                out += base64.a85decode(bytes(group))
            except ValueError:
                pass
            group.clear()
    if len(group) > 1:
        pad = 5 - len(group)
        try:
            out += base64.a85decode(bytes(group) + b"u" * pad)[: 4 - pad]
        except ValueError:
            pass
    return bytes(out)


def decode_leniently(data: bytes, filters: list[str], limit: int) -> bytes | None:
    """``data`` through ``filters`` ("/ASCII85Decode", "/FlateDecode", "/ASCIIHexDecode" and their short
    names), each keeping what decodes before damage; None for a filter not undone here."""
    for name in filters:
        if name in ("/ASCII85Decode", "/A85"):
            data = a85_lenient(data)
        elif name in ("/FlateDecode", "/Fl"):
            data = inflate_prefix(data, limit)
        elif name in ("/ASCIIHexDecode", "/AHx"):
            digits = re.sub(rb"[^0-9A-Fa-f]", b"", data.split(b">", 1)[0])
            data = bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode())
        else:
            return None
    return data[:limit]


def _decoded(obj: _Obj, limit: int) -> bytes | None:
    """The stream's data with its filters undone as far as they go (None for a filter not undone here,
    or a predictor)."""
    if obj.stream is None:
        return None
    m = re.search(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)", obj.head)
    filters = ["/" + f.decode("latin-1") for f in re.findall(rb"/([A-Za-z0-9]+)", m.group(1))] if m else []
    if b"/Predictor" in obj.head:
        return None
    return decode_leniently(obj.stream, filters, limit)


def _balanced(text: bytes) -> bool:
    """An object's text is complete enough to parse: its dictionaries and arrays are closed."""
    clean = re.sub(rb"\((?:[^()\\]|\\.)*\)", b"()", text)
    return (clean.count(b"<<") == clean.count(b">>") and clean.count(b"[") == clean.count(b"]")
            and bool(clean.strip()))


def scan_objects(data: bytes, deadline: float) -> dict[int, _Obj]:
    """Every object written in ``data`` (top level), a later definition replacing an earlier one."""
    objects: dict[int, _Obj] = {}
    pos = 0
    n = len(data)
    while len(objects) < MAX_OBJECTS:
        m = _OBJ_START.search(data, pos)
        if m is None:
            break
        if time.monotonic() > deadline:
            raise _OutOfTime()
        num, gen = int(m.group(1)), int(m.group(2))
        start = m.end()
        end_m = _ENDOBJ.search(data, start)
        next_m = _OBJ_START.search(data, start)
        limit = min(x.start() for x in (end_m, next_m) if x is not None) if (end_m or next_m) else n
        stream_m = _STREAM_KW.search(data, start, limit) if limit > start else None
        if stream_m is not None and b">>" in data[start:stream_m.start()]:
            head = data[start:stream_m.start()].strip()
            begin = stream_m.end()
            stop = -1
            length = _LENGTH.search(head)
            if length and not length.group(2):
                guess = begin + int(length.group(1))
                if data[guess:guess + 24].lstrip().startswith(b"endstream"):
                    stop = guess
            if stop < 0:
                stop = data.find(b"endstream", begin)
                nxt = _OBJ_START.search(data, begin) if stop < 0 else None
                if stop < 0:  # cut by the end of the file (or by damage): what is there
                    stop = nxt.start() if nxt is not None else n
                    pos = stop
                else:
                    pos = stop + 9
            else:
                pos = stop + 9
            raw = data[begin:stop]
            if raw.endswith(b"\r\n"):
                raw = raw[:-2]
            elif raw.endswith((b"\n", b"\r")):
                raw = raw[:-1]
            obj = _Obj(num, gen, head, raw, m.start())
        else:
            body = data[start:limit].strip()
            pos = limit if end_m is None or limit != end_m.start() else end_m.end()
            if not body or not _balanced(body):
                continue
            obj = _Obj(num, gen, body, None, m.start())
        t = _TYPE.search(obj.head)
        obj.type = t.group(1).decode("latin-1") if t else ""
        objects[num] = obj
    return objects


def expand_object_streams(objects: dict[int, _Obj], deadline: float) -> int:
    """Add the objects of every object stream (as far as it decodes); returns how many were added."""
    added = 0
    total = 0
    for container in [o for o in objects.values() if o.type == "ObjStm"]:
        if time.monotonic() > deadline:
            raise _OutOfTime()
        if total >= MAX_TOTAL:
            break
        decoded = _decoded(container, min(MAX_STREAM, MAX_TOTAL - total))
        if not decoded:
            continue
        total += len(decoded)
        first_m = _FIRST.search(container.head)
        first = int(first_m.group(1)) if first_m else None
        if first is None or first > len(decoded):
            continue
        numbers = [int(x) for x in re.findall(rb"\d+", decoded[:first])]
        pairs = list(zip(numbers[0::2], numbers[1::2]))
        for k, (num, offset) in enumerate(pairs):
            a = first + offset
            b = first + pairs[k + 1][1] if k + 1 < len(pairs) else len(decoded)
            if not first <= a < b <= len(decoded):
                continue
            text = decoded[a:b].strip()
            if not text or not _balanced(text):
                continue  # cut by the damage: a half object is worse than none
            have = objects.get(num)
            if have is not None and have.order > container.order:
                continue  # redefined later in the file (an incremental update)
            t = _TYPE.search(text)
            kind = t.group(1).decode("latin-1") if t else ""
            objects[num] = _Obj(num, 0, text, None, container.order, kind)
            added += 1
            if len(objects) >= MAX_OBJECTS:
                return added
    return added


def _refs(text: bytes) -> list[int]:
    return [int(m.group(1)) for m in _REF.finditer(text)]


def _draws_text(obj: _Obj) -> bool:
    """A stream that looks like a page's content: no dictionary key of a font, image or form, and text
    shown in it."""
    if obj.stream is None or _NOT_CONTENT.search(obj.head):
        return False
    data = _decoded(obj, 4 * 1024 * 1024)
    return bool(data) and _TEXT_SHOWN.search(data) is not None


def _write(objects: dict[int, _Obj], extra: list[tuple[int, bytes]], root: int) -> bytes:
    """A classic PDF of ``objects`` plus ``extra`` (number, text), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, tuple[int, int]] = {}
    for obj in sorted(objects.values(), key=lambda o: o.num):
        if obj.type in ("ObjStm", "XRef"):
            continue  # their content is written out object by object; cross-references are rebuilt
        offsets[obj.num] = (out.tell(), obj.gen)
        out.write(b"%d %d obj\n" % (obj.num, obj.gen))
        if obj.stream is None:
            out.write(obj.head)
        else:
            head = _LENGTH.sub(b"/Length %d" % len(obj.stream), obj.head, count=1)
            if b"/Length" not in head and head.startswith(b"<<"):
                head = b"<< /Length %d " % len(obj.stream) + head[2:]
            out.write(head + b"\nstream\n" + obj.stream + b"\nendstream")
        out.write(b"\nendobj\n")
    for num, text in extra:
        offsets[num] = (out.tell(), 0)
        out.write(b"%d 0 obj\n" % num + text + b"\nendobj\n")
    size = max(offsets) + 1
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % size)
    out.write(b"0000000000 65535 f\r\n")
    for num in range(1, size):
        if num in offsets:
            off, gen = offsets[num]
            out.write(b"%010d %05d n\r\n" % (off, gen))
        else:
            out.write(b"0000000000 00000 f\r\n")
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref))
    return out.getvalue()


def _page_key(obj: _Obj) -> int:
    """Where a page stands in reading order: producers write content streams in page order."""
    m = _CONTENTS.search(obj.head)
    refs = _refs(m.group(1)) if m else []
    return min(refs) if refs else obj.num


def _estimated_box(contents: list[bytes]) -> list[float]:
    """A page box for content with no page dictionary left: US Letter, or A4 or larger when the content
    draws beyond it."""
    top = right = 0.0
    for data in contents:
        for m in _MOVES.finditer(data[:1_000_000]):
            try:
                right, top = max(right, float(m.group(1))), max(top, float(m.group(2)))
            except ValueError:
                continue
    if top <= 792 and right <= 612:
        return [0, 0, 612, 792]
    if top <= 842 and right <= 595:
        return [0, 0, 595.28, 841.89]
    return [0, 0, max(612.0, right + 36), max(792.0, top + 36)]


def rebuild(data: bytes, time_limit: float = TIME_LIMIT) -> Rebuilt | None:
    """A new PDF from the objects left in ``data``, or None when no page can be made (or on timeout)."""
    if len(data) > MAX_INPUT:
        return None
    deadline = time.monotonic() + time_limit
    try:
        objects = scan_objects(data, deadline)
        unpacked = expand_object_streams(objects, deadline)
        return _assemble(objects, unpacked, deadline)
    except _OutOfTime:
        return None
    except (MemoryError, RecursionError):
        return None


def _assemble(objects: dict[int, _Obj], unpacked: int, deadline: float) -> Rebuilt | None:
    import pikepdf

    if not objects:
        return None
    pages = [o for o in objects.values()
             if o.stream is None and o.head.startswith(b"<<") and _PAGE.search(o.head)]
    trees = [o for o in objects.values() if o.stream is None and o.type == "Pages"]
    referenced: set[int] = set()
    for o in objects.values():
        if o.type not in ("ObjStm", "XRef"):
            referenced.update(r for r in _refs(o.head) if r != o.num)
    # pages are missing when no page tree survives, or when the largest one counts more pages
    counts = [int(m.group(1)) for t in trees if (m := _COUNT.search(t.head))]
    expected = max(counts) if counts else None
    orphans: list[_Obj] = []
    if expected is None or expected > len(pages):
        for o in sorted(objects.values(), key=lambda o: o.num):
            if time.monotonic() > deadline:
                raise _OutOfTime()
            if o.num not in referenced and _draws_text(o):
                orphans.append(o)
        if expected is not None:
            orphans = orphans[: max(0, expected - len(pages))]
    if not pages and not orphans:
        return None
    catalogs = sorted((o for o in objects.values() if o.stream is None and o.type == "Catalog"),
                      key=lambda o: o.order)
    top = max(objects) + 1
    tree_num, root_num = top, top + 1
    flat = _write(objects, [(tree_num, b"<< /Type /Pages /Kids [] /Count 0 >>"),
                            (root_num, b"<< /Type /Catalog /Pages %d 0 R >>" % tree_num)], root_num)
    order = sorted([(_page_key(p), 0, p.num) for p in pages] + [(o.num, 1, o.num) for o in orphans])
    with pikepdf.open(io.BytesIO(flat)) as pdf:
        tree = pdf.get_object((tree_num, 0))
        kids = []
        boxes: Counter = Counter()
        fonts: dict[str, object] = {}
        xobjects: dict[str, object] = {}
        gstates: dict[str, object] = {}
        rebuilt: list[int] = []
        # what survives of resource dictionaries, for content that lost its own
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary) or isinstance(obj, pikepdf.Stream):
                continue
            try:
                _collect(obj, fonts, xobjects, gstates)
            except Exception:
                continue
        for _key, kind, num in order:
            if time.monotonic() > deadline:
                raise _OutOfTime()
            if kind == 0:
                try:
                    obj = pdf.get_object((num, objects[num].gen))
                    _inherit(obj)
                    box = obj.get("/MediaBox")
                    if isinstance(box, pikepdf.Array) and len(box) == 4:
                        boxes[tuple(float(v) for v in box)] += 1
                    obj.Parent = tree
                    kids.append(obj)
                except Exception:
                    continue
            else:
                kids.append(None)  # made below, once the usual page box is known
                rebuilt.append((len(kids), num))
        box = list(boxes.most_common(1)[0][0]) if boxes else None
        for number, num in rebuilt:
            stream = pdf.get_object((num, objects[num].gen))
            content = _decoded(objects[num], 4 * 1024 * 1024) or b""
            page = pikepdf.Dictionary(
                Type=pikepdf.Name.Page,
                MediaBox=pikepdf.Array(box or _estimated_box([content])),
                Contents=stream,
                Resources=_resources(pdf, content, fonts, xobjects, gstates),
                Parent=tree,
            )
            page[REBUILT_KEY] = True
            kids[number - 1] = pdf.make_indirect(page)
        if not kids:
            return None
        tree.Kids = pikepdf.Array(kids)
        tree.Count = len(kids)
        if catalogs:  # the old catalog's bookmarks, names, language
            try:
                old = pdf.get_object((catalogs[-1].num, catalogs[-1].gen))
                for key in old.keys():
                    if key not in ("/Pages", "/Type"):
                        pdf.Root[key] = old[key]
            except Exception:
                pass
        out = io.BytesIO()
        # streams copied as they are: decoding them is the normalisation's job, with its own limits
        pdf.save(out, fix_metadata_version=False, compress_streams=False,
                 stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return Rebuilt(out.getvalue(), len(kids), [number for number, _ in rebuilt], unpacked)


def _inherit(page) -> None:
    """Copy what the page inherited from its old page-tree nodes (page box, resources) onto it."""
    node = page.get("/Parent")
    depth = 0
    while node is not None and depth < 32:
        try:
            for key in _INHERITED:
                if key not in page and key in node:
                    page[key] = node[key]
            node = node.get("/Parent")
        except Exception:
            break
        depth += 1


def _collect(obj, fonts: dict, xobjects: dict, gstates: dict) -> None:
    import pikepdf

    for key, into in (("/Font", fonts), ("/XObject", xobjects), ("/ExtGState", gstates)):
        sub = obj.get(key)
        if isinstance(sub, pikepdf.Dictionary):
            for name in sub.keys():
                into.setdefault(name, sub[name])
    if obj.get("/Type") == pikepdf.Name.Font and "/Name" in obj:  # older producers name fonts in them
        fonts.setdefault(str(obj.Name), obj)


def _resources(pdf, content: bytes, fonts: dict, xobjects: dict, gstates: dict):
    """Resources for content whose own were lost: what survives under the names it uses, and a
    standard font for a font name nothing defines (its text stays readable, its look does not)."""
    import pikepdf

    def pick(pattern, known, fallback=None):
        out = pikepdf.Dictionary()
        for raw in set(pattern.findall(content)):
            name = "/" + raw.decode("latin-1")
            if name in known:
                out[name] = known[name]
            elif fallback is not None:
                out[name] = fallback
        return out

    standard = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name.Helvetica,
                                                    Encoding=pikepdf.Name.WinAnsiEncoding))
    return pikepdf.Dictionary(Font=pick(_FONT_USE, fonts, standard), XObject=pick(_XOBJECT_USE, xobjects),
                              ExtGState=pick(_GSTATE_USE, gstates))
