namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>What a prompt asks and how it accepts answers. Plain data: it is stored in the prompt's frame.</summary>
public sealed class PromptOptions
{
    public string Text { get; set; } = "";

    /// <summary>Said before the question again when an answer is not understood.</summary>
    public string? RetryText { get; set; }

    public List<ChoiceOption> Choices { get; set; } = [];

    /// <summary>Accept "I don't know" (fact questions always do) and show it as a button.</summary>
    public bool AllowUnknown { get; set; }

    /// <summary>Choice prompts: several choices in one answer ("reading and math").</summary>
    public bool AllowMultiple { get; set; }

    /// <summary>Date prompts: is the date expected to have happened already?</summary>
    public DateDirection Direction { get; set; } = DateDirection.Past;

    /// <summary>After this many misunderstood answers a fact question gives up with Unknown.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>An extra button meaning "it hasn't happened" (e.g. "I haven't asked yet"); answers <see cref="PromptAnswer{T}.IsNone"/>.</summary>
    public ChoiceOption? NoneChoice { get; set; }

    /// <summary>Choice prompts with many options (states): accept them but show no buttons.</summary>
    public bool HideChoices { get; set; }

    /// <summary>Choice prompts: the titles shown as buttons when only some choices are (a page of a long list); every choice is still understood.</summary>
    public List<string>? Buttons { get; set; }

    /// <summary>
    /// An optional pick ("Would you like to change any of these?"): a message that is none of the choices ends the prompt
    /// with no answer, so the flow underneath goes on, instead of "Sorry, I didn't catch that" until a choice is typed.
    /// </summary>
    public bool EndWhenNotAChoice { get; set; }

    /// <summary>What is being asked (e.g. a fact name), so "why?" can explain it.</summary>
    public string? Tag { get; set; }

    /// <summary>
    /// A question about a fact of the case (<c>FactPrompts</c>): "ok" / "vale" acknowledge and answer nothing there, so
    /// the prompt asks once more in one line with its buttons, then leaves the fact open. An offer ("Shall I send it?")
    /// keeps them as yes.
    /// </summary>
    public bool AsksForFact { get; set; }
}

/// <summary>One button of a choice prompt: the value returned, the title shown, and other ways to say it.</summary>
public sealed class ChoiceOption
{
    public string Value { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Synonyms { get; set; } = [];
}

/// <summary>The untyped side of every <see cref="PromptAnswer{T}"/>.</summary>
public interface IPromptAnswerState
{
    bool IsUnknown { get; }
    bool IsNone { get; }
    bool Approximate { get; }
}

/// <summary>A prompt's typed result: a value, an explicit "I don't know", or "it hasn't happened".</summary>
public sealed record PromptAnswer<T>(bool IsUnknown, T? Value, bool IsNone = false) : IPromptAnswerState
{
    /// <summary>A date the parent gave only roughly ("april i think"): kept with its precision.</summary>
    public bool Approximate { get; init; }

    public static PromptAnswer<T> Unknown { get; } = new(true, default);

    public static PromptAnswer<T> None { get; } = new(false, default, IsNone: true);

    public static PromptAnswer<T> Known(T value) => new(false, value);
}

/// <summary>What recognition made of one answer.</summary>
public sealed record PromptRecognition<T>(bool Succeeded, T? Value, string? Message = null, bool AskedFollowUp = false)
{
    public static PromptRecognition<T> Success(T value) => new(true, value);

    public static PromptRecognition<T> Failure(string? message = null) => new(false, default, message);

    /// <summary>The prompt sent its own question (e.g. "did you mean ...?") and waits without counting a failure.</summary>
    public static PromptRecognition<T> FollowUp() => new(false, default, null, AskedFollowUp: true);
}
