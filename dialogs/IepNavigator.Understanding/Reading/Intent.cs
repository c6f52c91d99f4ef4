using System.Collections.Frozen;

namespace IepNavigator.Understanding.Reading;

/// <summary>
/// What a reply must do beyond noting facts (the corpus's "intent" labels; GUIDE.md). A message that mixes a
/// statement and a request takes the intent the reply must act on, and still carries every fact it states.
/// </summary>
public enum Intent
{
    /// <summary>Only situation, facts or an answer.</summary>
    Tell,
    /// <summary>A side question about rules, rights, timelines, who to call.</summary>
    AskProcess,
    /// <summary>"What's an IEE?", "qué es un PWN".</summary>
    ExplainTerm,
    /// <summary>Why this step or this advice.</summary>
    Why,
    DraftLetter,
    TalkToAdvocate,
    /// <summary>An explicit change of something given before.</summary>
    Correct,
    WhatDoYouKnow,
    DeleteData,
    StartOver,
    /// <summary>Switch the chat's language.</summary>
    Language,
    Help,
    Greeting,
    Thanks,
    OffTopic,
    /// <summary>"I sent it today", "la mandé el lunes".</summary>
    LetterSent,
    /// <summary>The school replied to a letter or request.</summary>
    SchoolAnswered,
}

/// <summary>The corpus's kebab-case spelling of each <see cref="Intent"/> ("ask-process").</summary>
public static class IntentNames
{
    private static readonly FrozenDictionary<Intent, string> Names = new Dictionary<Intent, string>
    {
        [Intent.Tell] = "tell",
        [Intent.AskProcess] = "ask-process",
        [Intent.ExplainTerm] = "explain-term",
        [Intent.Why] = "why",
        [Intent.DraftLetter] = "draft-letter",
        [Intent.TalkToAdvocate] = "talk-to-advocate",
        [Intent.Correct] = "correct",
        [Intent.WhatDoYouKnow] = "what-do-you-know",
        [Intent.DeleteData] = "delete-data",
        [Intent.StartOver] = "start-over",
        [Intent.Language] = "language",
        [Intent.Help] = "help",
        [Intent.Greeting] = "greeting",
        [Intent.Thanks] = "thanks",
        [Intent.OffTopic] = "off-topic",
        [Intent.LetterSent] = "letter-sent",
        [Intent.SchoolAnswered] = "school-answered",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Intent> ByName = Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string Name(Intent intent) => Names[intent];

    public static Intent? Find(string? name) => name is not null && ByName.TryGetValue(name, out var intent) ? intent : null;

    public static Intent Parse(string name) => Find(name) ?? throw new ArgumentException($"'{name}' is not an intent.", nameof(name));
}
