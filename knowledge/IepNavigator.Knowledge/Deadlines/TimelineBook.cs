namespace IepNavigator.Knowledge.Deadlines;

/// <summary>The federal and state timelines, looked up by USPS state code.</summary>
internal sealed class TimelineBook
{
    private readonly Dictionary<string, StateTimelines> byState;

    public TimelineBook(TimelinesDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Federal = document.Federal;
        States = document.States;
        byState = document.States.ToDictionary(s => s.State, StringComparer.OrdinalIgnoreCase);
    }

    public FederalTimelines Federal { get; }

    public IReadOnlyList<StateTimelines> States { get; }

    public StateTimelines? Find(string? state) => state is null ? null : byState.GetValueOrDefault(state);
}
