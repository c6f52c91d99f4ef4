// One browser and one host at a time: CI machines have two cores, and parallel Chromiums make timings flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
