namespace IepNavigator.Knowledge.Rules.Model;

/// <summary>
/// A case's open clocks as one fact: the rules that look at deadlines match this instead of each <see cref="Deadline"/>.
/// NRules walks a fact type's conditions on every insert and retract, so a case's four deadlines cost four walks of the
/// deadline rules' network and one fact costs one. The calculator opens at most one clock of a kind, but for the state
/// complaint window (one after a missed deadline, one from a disputed action: told apart by trigger). No equality of its
/// own: each call's clocks are their own fact.
/// </summary>
internal sealed class CaseClocks
{
    private static readonly int KindCount = Enum.GetValues<DeadlineKind>().Length;

    private readonly IReadOnlyList<Deadline> open;
    private readonly Deadline?[] byKind = new Deadline?[KindCount];
    private readonly List<Deadline>? missed;

    public CaseClocks(IReadOnlyList<Deadline> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        this.open = open;
        for (var i = 0; i < open.Count; i++)
        {
            var clock = open[i];
            ref var first = ref byKind[(int)clock.Kind];
            if (first is null)
            {
                first = clock;
            }
            else if (first.Trigger == clock.Trigger)
            {
                // A rule that matched each deadline would have fired twice; one looking the clock up fires once.
                throw new InvalidOperationException($"Two {clock.Kind} clocks with the trigger '{clock.Trigger}'.");
            }
            if (clock.Missed)
            {
                (missed ??= []).Add(clock);
            }
        }
    }

    /// <summary>The missed school deadlines, in the order the calculator opened them.</summary>
    public IReadOnlyList<Deadline> Missed => missed ?? (IReadOnlyList<Deadline>)[];

    public bool AnyMissed => missed is not null;

    /// <summary>The clock of this kind (the first one, for the state complaint window), or null.</summary>
    public Deadline? Of(DeadlineKind kind) => byKind[(int)kind];

    /// <summary>The clock of this kind started by this trigger, or null.</summary>
    public Deadline? Of(DeadlineKind kind, string trigger)
    {
        for (var i = 0; i < open.Count; i++)
        {
            if (open[i].Kind == kind && open[i].Trigger == trigger)
            {
                return open[i];
            }
        }
        return null;
    }

    /// <summary>The clock of this kind if its date has not passed, or null.</summary>
    public Deadline? Running(DeadlineKind kind) => Of(kind) is { Passed: false } clock ? clock : null;

    /// <summary>The clock of this kind and trigger if its date has not passed, or null.</summary>
    public Deadline? Running(DeadlineKind kind, string trigger) => Of(kind, trigger) is { Passed: false } clock ? clock : null;

    /// <summary>The clock of this kind if its date has passed, or null.</summary>
    public Deadline? Passed(DeadlineKind kind) => Of(kind) is { Passed: true } clock ? clock : null;
}
