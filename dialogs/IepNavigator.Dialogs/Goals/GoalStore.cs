using IepNavigator.Dialogs.Cases;

namespace IepNavigator.Dialogs.Goals;

/// <summary>The active case's goals in UserState (property "goalBook"); one instance per turn, saved by the runner at turn end.</summary>
public sealed class GoalStore
{
    private const string TurnKey = "iepNavigator.goalBook";
    private readonly IStatePropertyAccessor<GoalBook> _book;
    private readonly CaseStore _cases;

    public GoalStore(UserState userState, CaseStore cases)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _cases = cases ?? throw new ArgumentNullException(nameof(cases));
        _book = userState.CreateProperty<GoalBook>("goalBook");
    }

    /// <summary>The active case and its goals, created on first use.</summary>
    public async Task<(CaseRecord Record, CaseGoals Goals)> GetActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var record = await _cases.GetActiveAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var book = turnContext.TurnState.Get<GoalBook>(TurnKey);
        if (book is null)
        {
            book = await _book.GetAsync(turnContext, () => new GoalBook(), cancellationToken).ConfigureAwait(false);
            // Untyped storages return a converted copy: set it back so the instance we change is the one saved.
            await _book.SetAsync(turnContext, book, cancellationToken).ConfigureAwait(false);
            turnContext.TurnState.Set(TurnKey, book);
        }
        return (record, book.For(record.Id));
    }
}
