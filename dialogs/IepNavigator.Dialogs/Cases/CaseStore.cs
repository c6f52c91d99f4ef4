namespace IepNavigator.Dialogs.Cases;

/// <summary>The parent's <see cref="CaseBook"/> in UserState; one instance per turn, saved with the turn's one write (TurnTransaction).</summary>
public sealed class CaseStore
{
    private const string TurnKey = "iepNavigator.caseBook";
    private const string Property = "caseBook";
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<CaseBook> _book;

    public CaseStore(UserState userState)
    {
        _userState = userState ?? throw new ArgumentNullException(nameof(userState));
        _book = userState.CreateProperty<CaseBook>(Property);
    }

    public async Task<CaseBook> GetBookAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // The turn's copy, while it is still the one UserState will save: a turn re-run after a lost write race
        // (TurnTransaction) reloads UserState, and the book must then be read again, not the stale one reused.
        if (turnContext.TurnState.Get<CaseBook>(TurnKey) is { } cached
            && _userState.GetCachedState(turnContext)?.State is { } state
            && state.TryGetValue(Property, out var saved) && ReferenceEquals(saved, cached))
        {
            return cached;
        }
        var book = await _book.GetAsync(turnContext, () => new CaseBook(), cancellationToken).ConfigureAwait(false);
        // Untyped storages return a converted copy: set it back so the instance we change is the one saved.
        await _book.SetAsync(turnContext, book, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Set(TurnKey, book);
        return book;
    }

    /// <summary>
    /// The language the parent chose, read without touching the book: reading it must not make the turn save user
    /// state (a Teams channel turn hands the case to a 1:1 turn that owns the parent's state).
    /// </summary>
    public async Task<string?> ReadLanguageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await _userState.LoadAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        var value = _userState.GetCachedState(turnContext)?.State is { } state && state.TryGetValue(Property, out var stored) ? stored : null;
        return value switch
        {
            CaseBook book => book.Language,
            Newtonsoft.Json.Linq.JObject json => (string?)(json["Language"] ?? json["language"]),
            _ => null,
        };
    }

    public async Task<CaseRecord> GetActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await GetBookAsync(turnContext, cancellationToken).ConfigureAwait(false)).Active();

    /// <summary>"Delete my data": removes every case of this user from storage.</summary>
    public async Task DeleteAllAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(TurnKey);
        await _userState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }
}
