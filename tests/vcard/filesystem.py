"""The card's file tree: MF 3F00 with DFs and transparent EFs, selection and FCP."""

from __future__ import annotations

import dataclasses

MF_ID = 0x3F00

# Access conditions in the order OpenSC's itacns driver reads them from tag 86.
# EF: read, update, write, invalidate, rehabilitate, erase, admin, increase, decrease.
_EF_ACL = bytes([0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])
_DF_ACL = bytes([0xFF] * 9)


@dataclasses.dataclass(eq=False)
class Node:
    fid: int
    data: bytes | None = None                  # None for a DF
    children: dict = dataclasses.field(default_factory=dict)
    parent: "Node | None" = None

    @property
    def is_df(self) -> bool:
        return self.data is None

    def add(self, child: "Node") -> "Node":
        child.parent = self
        self.children[child.fid] = child
        return child

    def path(self) -> str:
        parts, node = [], self
        while node is not None:
            parts.append(f"{node.fid:04X}")
            node = node.parent
        return "/".join(reversed(parts))


def _tlv(tag: int, value: bytes) -> bytes:
    return bytes([tag, len(value)]) + value


def fcp(node: Node) -> bytes:
    """File control parameters template (tag 62) as returned by SELECT with P2=00."""
    if node.is_df:
        body = (_tlv(0x82, b"\x38") + _tlv(0x83, node.fid.to_bytes(2, "big"))
                + _tlv(0x86, _DF_ACL) + _tlv(0x8A, b"\x05"))
    else:
        body = (_tlv(0x80, len(node.data).to_bytes(2, "big")) + _tlv(0x82, b"\x01")
                + _tlv(0x83, node.fid.to_bytes(2, "big")) + _tlv(0x86, _EF_ACL)
                + _tlv(0x8A, b"\x05"))
    return _tlv(0x62, body)


def build_tree(files: dict[str, bytes]) -> Node:
    """Make a tree from {"1000/1003": content, ...} (paths below the MF, hex FIDs)."""
    mf = Node(MF_ID)
    for path, content in files.items():
        node = mf
        parts = path.split("/")
        for part in parts[:-1]:
            fid = int(part, 16)
            node = node.children.get(fid) or node.add(Node(fid))
        node.add(Node(int(parts[-1], 16), bytes(content)))
    return mf


class Selection:
    """Current DF / EF, with the ISO SELECT variants the card understands."""

    def __init__(self, mf: Node):
        self.mf = mf
        self.reset()

    def reset(self) -> None:
        self.current_df = self.mf
        self.current_ef: Node | None = None

    def _set(self, node: Node) -> Node:
        if node.is_df:
            self.current_df, self.current_ef = node, None
        else:
            self.current_df, self.current_ef = node.parent, node
        return node

    def by_fid(self, fid: int, ef_only: bool = False) -> Node | None:
        """P1=00 (any file) or P1=02 (EF under the current DF)."""
        df = self.current_df
        if ef_only:
            node = df.children.get(fid)
            return self._set(node) if node is not None and not node.is_df else None
        if fid == MF_ID:
            return self._set(self.mf)
        if fid == df.fid:
            return self._set(df)
        node = df.children.get(fid)
        if node is None and df.parent is not None:
            if df.parent.fid == fid:
                node = df.parent
            else:
                node = df.parent.children.get(fid)      # a sibling DF or EF
        return self._set(node) if node is not None else None

    def child_df(self, fid: int) -> Node | None:
        """P1=01: a DF directly under the current DF."""
        node = self.current_df.children.get(fid)
        return self._set(node) if node is not None and node.is_df else None

    def parent_df(self) -> Node | None:
        """P1=03: the parent of the current DF."""
        parent = self.current_df.parent
        return self._set(parent) if parent is not None else None

    def by_path(self, path: bytes, from_current: bool = False) -> Node | None:
        """P1=08 (path from the MF, without 3F00) or P1=09 (from the current DF)."""
        if not path or len(path) % 2:
            return None
        fids = [int.from_bytes(path[i:i + 2], "big") for i in range(0, len(path), 2)]
        node = self.current_df if from_current else self.mf
        if not from_current and fids[0] == MF_ID:
            fids = fids[1:]
        for fid in fids:
            if not node.is_df:
                return None
            node = node.children.get(fid)
            if node is None:
                return None
        return self._set(node)
