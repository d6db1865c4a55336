"""Cellar's implementation of the `graphlib` module: `TopologicalSorter`, which orders the
nodes of a graph of hashable nodes so that each comes after its predecessors (all at once
with `static_order`, or in ready batches with `prepare`/`get_ready`/`done`), and
`CycleError`."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Values of _NodeInfo.npredecessors once the count no longer matters.
_NODE_OUT = -1    # given out by get_ready(), not yet done()
_NODE_DONE = -2   # marked done()


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done (a predecessor given twice counts twice), or one of the
        # _NODE_* states.
        self.npredecessors = 0
        # Successor nodes, with repeats matching the repeats in their counts.
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle. `args[1]` is one
    cycle found, as a list of nodes each a predecessor of the next, the first node repeated
    at the end."""
    pass


class TopologicalSorter:
    """Topological sorting of a graph of hashable nodes."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None     # a list once prepare() was called
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add `node` with the given predecessors (unknown ones are added too); adding a
        node again adds to its predecessors. Not allowed after prepare()."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and look for a cycle (raising CycleError; the nodes outside
        the cycle can still be obtained with get_ready())."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """Return a tuple of the nodes whose predecessors are all done and that were not
        returned yet (an empty tuple when there are none)."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        n2i = self._node2info
        for node in result:
            n2i[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Whether progress is still possible: nodes are ready, or some that were given
        out are not done yet."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed, which may make their
        successors ready."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        ready = self._ready_nodes
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _NODE_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if state == _NODE_DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {state}")
            info.npredecessors = _NODE_DONE
            for succ in info.successors:
                succ_info = n2i[succ]
                succ_info.npredecessors -= 1
                if succ_info.npredecessors == 0:
                    ready.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # Iterative depth-first search from each node in insertion order, following the
        # successors in their order; a successor already on the current path closes a cycle.
        n2i = self._node2info
        seen = set()
        path = []          # the nodes of the current path
        iters = []         # for each of them, the iterator over its remaining successors
        position = {}      # node -> index in path
        for start in n2i:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    seen.add(node)
                    iters.append(iter(n2i[node].successors))
                    position[node] = len(path)
                    path.append(node)
                # Next successor of the deepest node that has one left.
                while path:
                    node = next(iters[-1], _NO_NODE)
                    if node is not _NO_NODE:
                        break
                    del position[path.pop()]
                    iters.pop()
                else:
                    break
        return None

    def static_order(self):
        """Generator of all the nodes in a topological order (calls prepare(); raises
        CycleError if the graph has a cycle)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_NO_NODE = object()
