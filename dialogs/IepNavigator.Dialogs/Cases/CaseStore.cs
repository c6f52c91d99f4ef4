using IepNavigator.Dialogs.State;

namespace IepNavigator.Dialogs.Cases;

/// <summary>The parent's <see cref="CaseBook"/>: part of the turn's user document (State/TurnStateStore), saved with the turn's one write.</summary>
public sealed class CaseStore(TurnStateStore state)
{
    public async Task<CaseBook> GetBookAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await state.UserAsync(turnContext, cancellationToken).ConfigureAwait(false)).CaseBook;

    /// <summary>
    /// The language the parent chose, read without opening the book for change: reading it must not make the turn save
    /// user state (a Teams channel turn hands the case to a 1:1 turn that owns the parent's state).
    /// </summary>
    public async Task<string?> ReadLanguageAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await state.PeekUserAsync(turnContext, cancellationToken).ConfigureAwait(false)).CaseBook.Language;

    public async Task<CaseRecord> GetActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await GetBookAsync(turnContext, cancellationToken).ConfigureAwait(false)).Active();

    /// <summary>The active child's gender as the parent told it, read without opening the book for change (a reply's wording).</summary>
    public async Task<string?> ReadChildGenderAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var book = (await state.PeekUserAsync(turnContext, cancellationToken).ConfigureAwait(false)).CaseBook;
        return (book.Cases.FirstOrDefault(c => c.Id == book.ActiveCaseId) ?? book.Cases.FirstOrDefault())?.ChildGender;
    }

    /// <summary>"Delete my data": removes every case of this user from storage.</summary>
    public Task DeleteAllAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        state.DeleteUserAsync(turnContext, cancellationToken);
}
