// Each end-to-end test class starts a whole node (silo, broker, Kestrel) and drives it with real programs;
// one node at a time keeps them from starving each other's timers on a two-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
