"""Lexicographic minimum-cost flow: several integer objectives, each one only breaking ties of those
before it, solved exactly with OR-Tools and no number ever too large for it.

Owns the staged method the rank-maximal objective and the self-service shortlists use (documented
in docs/matching.md, "Why rank-maximal is exact"). Knows nothing about mentees or scores: it sees
arcs, capacities, supplies and one non-negative weight per arc for each objective.

The method. Objectives whose combined weights fit are merged into one, each multiplied by more
than the largest change all later ones in its group could make (so the merged optimum is their
lexicographic optimum). When the next objective would not fit, the flow solved so far is fixed
to its *optimal face*: from the optimal flow, shortest distances in the residual network give
optimal node potentials, and by complementary slackness every optimal flow has flow 0 on an arc
of positive reduced cost and full flow on one of negative reduced cost. Fixing those arcs leaves
exactly the optimal flows of the stage, over which the next group is optimised. Every stage is an
integral flow problem, so the result is an integral lexicographic optimum.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from ortools.graph.python import min_cost_flow

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

# Restricted solves of one stage before it is solved on every arc (see _stage).
MAX_ROUNDS = 8


class FlowFailure(RuntimeError):
    """The flow solver or the potentials reported the impossible: a bug, never a user error."""


def cost_limit(nodes: int) -> int:
    """The largest unit cost magnitude passed to OR-Tools for a network of `nodes` nodes.

    OR-Tools multiplies costs by about twice the node count while it works and refuses
    (BAD_COST_RANGE) when that could pass 2**63; half of that bound keeps a safety margin, and
    distances in the residual network (at most `nodes` arcs long) stay within int64 too.
    """
    return (2**62) // (2 * (nodes + 4))


def solve_lexicographic(n_nodes: int, tails: IntArray, heads: IntArray, caps: IntArray,
                        supplies: IntArray, weights: Sequence[IntArray],
                        prefer: BoolArray | None = None) -> IntArray:
    """A flow meeting `supplies` that maximises sum(weights[0] * flow), then weights[1], ….

    Weights are per arc and non-negative; the supplies must be feasible using the `prefer`red
    arcs alone (when given; a bypass arc makes them so). `prefer` only saves time on large
    networks: each stage is solved on those arcs first and then proved optimal for all (or
    improved). Returns the flow on every arc.
    """
    arcs = tails.size
    limit = cost_limit(n_nodes)
    for weight in weights:
        if weight.shape != (arcs,) or (weight.size and int(weight.min()) < 0):
            raise ValueError("each objective needs one non-negative weight per arc")
    bounds = [_bound(n_nodes, tails, heads, caps, supplies, weight) for weight in weights]
    free = caps > 0
    fixed_flow = np.zeros(arcs, dtype=np.int64)
    criteria = [k for k, weight in enumerate(weights) if weight.size and int(weight.max()) > 0]
    position = 0
    flows: IntArray | None = None
    while True:
        group = _next_group(criteria[position:], weights, bounds, limit)
        combined = np.zeros(arcs, dtype=np.int64)
        multiplier = 1
        for k in reversed(group):
            combined += multiplier * weights[k]
            multiplier *= bounds[k] + 1
        position += len(group)
        last = position >= len(criteria)
        if prefer is not None and flows is not None:
            # The last stage's flow lies on the face: its arcs keep the restricted solve feasible.
            prefer = prefer | (flows > 0)
        flows, reduced = _stage(n_nodes, tails, heads, caps, supplies, -combined, free,
                                fixed_flow, not last, prefer)
        if last:
            return flows
        assert reduced is not None
        # Arcs off the optimal face: no optimal flow of this stage uses them differently.
        at_zero = free & (reduced > 0)
        at_cap = free & (reduced < 0)
        fixed_flow[at_cap] = caps[at_cap]
        free &= ~(at_zero | at_cap)


def _next_group(remaining: list[int], weights: Sequence[IntArray], bounds: list[int],
                limit: int) -> list[int]:
    """The longest run of the next objectives whose merged weights stay within `limit`."""
    group: list[int] = []
    for k in remaining:
        trial = [*group, k]
        if group and _merged_max(trial, weights, bounds) > limit:
            break
        group = trial
    if group and _merged_max(group, weights, bounds) > limit:
        raise FlowFailure("an objective's weights alone exceed the solver's cost range")
    return group


def _merged_max(group: list[int], weights: Sequence[IntArray], bounds: list[int]) -> int:
    """The largest merged weight, in Python integers (they cannot overflow)."""
    total = 0
    multiplier = 1
    for k in reversed(group):
        total += multiplier * int(weights[k].max())
        multiplier *= bounds[k] + 1
    return total


def _bound(n_nodes: int, tails: IntArray, heads: IntArray, caps: IntArray,
           supplies: IntArray, weight: IntArray) -> int:
    """An upper bound on sum(weight * flow) over every feasible flow.

    What leaves a node is at most what can enter it plus its supply, and each unit leaving earns
    at most the node's best outgoing weight; nor can any arc carry more than its capacity.
    """
    useful = np.flatnonzero((weight > 0) & (caps > 0))
    if useful.size == 0:
        return 0
    inflow = np.bincount(heads, weights=caps, minlength=n_nodes).astype(np.int64)
    room = inflow + np.maximum(supplies, 0)
    best = np.zeros(n_nodes, dtype=np.int64)
    np.maximum.at(best, tails[useful], weight[useful])
    by_node = sum(int(r) * int(b) for r, b in zip(room[best > 0], best[best > 0], strict=True))
    by_arc = int((weight[useful] * caps[useful]).sum())
    return min(by_node, by_arc)


def _stage(n_nodes: int, tails: IntArray, heads: IntArray, caps: IntArray, supplies: IntArray,
           costs: IntArray, free: BoolArray, fixed_flow: IntArray, need_potentials: bool,
           prefer: BoolArray | None = None) -> tuple[IntArray, IntArray | None]:
    """Solve over the free arcs with the fixed ones' flow taken out of the supplies.

    Returns the flow on every arc and, if asked, every arc's reduced cost under optimal
    potentials of this stage (meaningful on the free arcs). With `prefer`, the stage is first
    solved on the preferred free arcs only and then proved optimal for all of them: a left-out
    arc carries no flow, so if its reduced cost under the restricted optimum's potentials is not
    negative, complementary slackness holds for it too; arcs that fail are added and the stage
    solved again (after MAX_ROUNDS, on every free arc).
    """
    pinned = ~free & (fixed_flow > 0)
    supply = supplies.astype(np.int64).copy()
    np.subtract.at(supply, tails[pinned], fixed_flow[pinned])
    np.add.at(supply, heads[pinned], fixed_flow[pinned])
    keep = free if prefer is None else free & prefer
    for _ in range(MAX_ROUNDS):
        if keep is not free and not (free & ~keep).any():
            keep = free
        whole = keep is free
        flows, reduced = _solve_on(n_nodes, tails, heads, caps, supply, costs, keep, fixed_flow,
                                   need_potentials or not whole)
        if whole:
            return flows, reduced
        assert reduced is not None
        missing = free & ~keep & (reduced < 0)
        if not missing.any():
            return flows, reduced if need_potentials else None
        keep = keep | missing
    return _solve_on(n_nodes, tails, heads, caps, supply, costs, free, fixed_flow,
                     need_potentials)


def _solve_on(n_nodes: int, tails: IntArray, heads: IntArray, caps: IntArray, supply: IntArray,
              costs: IntArray, use: BoolArray, fixed_flow: IntArray,
              need_potentials: bool) -> tuple[IntArray, IntArray | None]:
    """One OR-Tools solve on the arcs in `use`; reduced costs of every arc if asked."""
    index = np.flatnonzero(use)
    solver = min_cost_flow.SimpleMinCostFlow()
    if index.size:
        solver.add_arcs_with_capacity_and_unit_cost(tails[index], heads[index], caps[index],
                                                    costs[index])
    nodes_used = np.flatnonzero(supply)
    if nodes_used.size:
        solver.set_nodes_supplies(nodes_used, supply[nodes_used])
    flows = fixed_flow.copy()
    if index.size == 0:
        if nodes_used.size:
            raise FlowFailure("the fixed arcs leave supplies no free arc can carry")
        return flows, costs.copy() if need_potentials else None
    status = solver.solve()
    if status != solver.OPTIMAL:
        raise FlowFailure(f"min-cost flow ended with status {status}")
    flows[index] = solver.flows(np.arange(index.size, dtype=np.int64))
    if not need_potentials:
        return flows, None
    distance = residual_distances(n_nodes, tails[index], heads[index], caps[index],
                                  costs[index], flows[index])
    if distance is None:
        raise FlowFailure("the residual network of an optimal flow has a negative cycle")
    return flows, costs + distance[tails] - distance[heads]


def residual_distances(n_nodes: int, tails: IntArray, heads: IntArray, caps: IntArray,
                       costs: IntArray, flows: IntArray,
                       max_rounds: int | None = None) -> IntArray | None:
    """Shortest distances in the residual network from a root joined to every node at cost 0.

    Bellman-Ford in vectorised rounds, relaxing only arcs whose tail got closer in the round
    before. They are optimal node potentials when the flow is optimal (no negative cycle), and
    then settle within `n_nodes` rounds; None if they have not settled after `max_rounds`.
    """
    forward = flows < caps
    backward = flows > 0
    r_tail = np.concatenate([tails[forward], heads[backward]])
    r_head = np.concatenate([heads[forward], tails[backward]])
    r_cost = np.concatenate([costs[forward], -costs[backward]])
    order = np.argsort(r_head, kind="stable")
    r_tail, r_head, r_cost = r_tail[order], r_head[order], r_cost[order]
    distance = np.zeros(n_nodes, dtype=np.int64)
    changed = np.ones(n_nodes, dtype=np.bool_)
    rounds = n_nodes + 1 if max_rounds is None else max_rounds
    for _ in range(rounds):
        live = changed[r_tail]
        if not live.any():
            return distance
        tail, head = r_tail[live], r_head[live]
        reach = distance[tail] + r_cost[live]
        starts = np.flatnonzero(np.r_[True, head[1:] != head[:-1]])
        best = np.minimum.reduceat(reach, starts)
        targets = head[starts]
        shorter = best < distance[targets]
        changed[:] = False
        if not shorter.any():
            return distance
        distance[targets[shorter]] = best[shorter]
        changed[targets[shorter]] = True
    return None
