using IepNavigator.Dialogs.State;

namespace IepNavigator.Dialogs.Goals;

/// <summary>The active case's goals: the "goalBook" of the turn's user document, saved with the turn's one write.</summary>
public sealed class GoalStore(TurnStateStore state, CaseStore cases)
{
    /// <summary>The active case and its goals, created on first use.</summary>
    public async Task<(CaseRecord Record, CaseGoals Goals)> GetActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var record = await cases.GetActiveAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var book = (await state.UserAsync(turnContext, cancellationToken).ConfigureAwait(false)).GoalBook;
        return (record, book.For(record.Id));
    }
}
