using IepNavigator.Dialogs.Cases;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>The parent's own letter fields (name, email...), kept once per user for every child.</summary>
public sealed class ParentLetterProfile
{
    public Dictionary<string, string> Fields { get; set; } = [];
}

/// <summary>
/// Remembers letter fields for the next letter: the parent's own in UserState (<see cref="ParentLetterProfile"/>),
/// the child's on the case (<see cref="CaseRecord.LetterFields"/>). Letter-specific answers are not kept.
/// "Delete my data" removes both with the rest of UserState.
/// </summary>
public sealed class LetterFieldMemory
{
    private const string TurnKey = "iepNavigator.letterProfile";
    private readonly IStatePropertyAccessor<ParentLetterProfile> _profile;
    private readonly LetterLedgerContent _content;

    public LetterFieldMemory(UserState userState, LetterLedgerContent content)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _profile = userState.CreateProperty<ParentLetterProfile>("letterProfile");
        _content = content ?? throw new ArgumentNullException(nameof(content));
    }

    /// <summary>Everything remembered for this parent and child.</summary>
    public async Task<Dictionary<string, string?>> RecallAsync(ITurnContext turnContext, CaseRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var profile = await ProfileAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in profile.Fields.Where(f => _content.ParentFields.Contains(f.Key)))
        {
            fields[name] = value;
        }
        foreach (var (name, value) in record.LetterFields.Where(f => _content.ChildFields.Contains(f.Key)))
        {
            fields[name] = value;
        }
        return fields;
    }

    /// <summary>Keeps <paramref name="value"/> if <paramref name="name"/> is a shared field; false for a letter's own field.</summary>
    public async Task<bool> RememberAsync(ITurnContext turnContext, CaseRecord record, string name, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_content.ParentFields.Contains(name))
        {
            var profile = await ProfileAsync(turnContext, cancellationToken).ConfigureAwait(false);
            profile.Fields[name] = value;
            return true;
        }
        if (_content.ChildFields.Contains(name))
        {
            record.LetterFields[name] = value;
            return true;
        }
        return false;
    }

    private async Task<ParentLetterProfile> ProfileAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<ParentLetterProfile>(TurnKey) is { } cached)
        {
            return cached;
        }
        var profile = await _profile.GetAsync(turnContext, () => new ParentLetterProfile(), cancellationToken).ConfigureAwait(false);
        // Untyped storages return a converted copy: set it back so the instance we change is the one saved.
        await _profile.SetAsync(turnContext, profile, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Set(TurnKey, profile);
        return profile;
    }
}
