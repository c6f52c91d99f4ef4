using System.Text.Json;
using System.Text.Json.Serialization;
using IepNavigator.Dialogs.Goals;

namespace IepNavigator.Dialogs.State;

/// <summary>
/// Everything stored for one parent (user state, key "{channel}/users/{user id}"): their cases and their tracked goals.
/// The property names are the ones rows have always had; <see cref="StateJson"/> reads rows of every earlier shape.
/// </summary>
public sealed class UserDocument : IJsonOnDeserialized
{
    /// <summary>The shape this code writes; a row with a higher one was written by a newer release and is not guessed at.</summary>
    public const int CurrentVersion = 2;

    [JsonPropertyName("v")]
    public int Version { get; set; } = CurrentVersion;

    [JsonPropertyName("caseBook")]
    public CaseBook CaseBook { get; set; } = new();

    [JsonPropertyName("goalBook")]
    public GoalBook GoalBook { get; set; } = new();

    /// <summary>Rows before version 2 kept the parent's letter fields here; read once into <see cref="CaseBook.ParentLetterFields"/>.</summary>
    [JsonPropertyName("letterProfile")]
    public LegacyLetterProfile? LetterProfile { get; set; }

    /// <summary>Properties this release does not know (kept as they were, so nothing stored is dropped).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        CaseBook ??= new CaseBook();
        GoalBook ??= new GoalBook();
        if (LetterProfile?.Fields is { } legacy)
        {
            foreach (var field in SharedLetterFields.All.Where(f => f.Owner == LetterFieldOwner.Parent && f.Read(CaseBook.ParentLetterFields) is null))
            {
                CaseBook.ParentLetterFields = field.Write(CaseBook.ParentLetterFields, field.Read(legacy));
            }
        }
        LetterProfile = null;
    }
}

/// <summary>The version 1 "letterProfile": { "Fields": { "parentName": ... } } (a dictionary, read as the typed fields).</summary>
public sealed class LegacyLetterProfile
{
    public LetterFields? Fields { get; set; }
}

/// <summary>Everything stored for one conversation (key "{channel}/conversations/{conversation id}"): the dialog stack and the welcome flags.</summary>
public sealed class ConversationDocument : IJsonOnDeserialized
{
    [JsonPropertyName("v")]
    public int Version { get; set; } = UserDocument.CurrentVersion;

    [JsonPropertyName("dialogStack")]
    public Runtime.DialogStack DialogStack { get; set; } = new();

    /// <summary>Teams: this conversation has been greeted (the install welcome, or a member's first 1:1 message).</summary>
    [JsonPropertyName("teamsWelcomed")]
    public bool TeamsWelcomed { get; set; }

    /// <summary>
    /// The conversation's first reply carried the welcome and its "general information, not legal advice" (on the join
    /// event, or at the first message of a chat that never sent one: plain HTTP, Direct Line clients without Web Chat).
    /// </summary>
    [JsonPropertyName("welcomed")]
    public bool Welcomed { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => DialogStack ??= new Runtime.DialogStack();
}
