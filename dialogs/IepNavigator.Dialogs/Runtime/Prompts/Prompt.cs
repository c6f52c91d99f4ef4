using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using IepNavigator.Dialogs.State;
using AnswerKind = IepNavigator.Understanding.Reading.AnswerKind;

namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>
/// A dialog that asks one question and ends with a <see cref="PromptAnswer{T}"/>: re-asks with a retry
/// message on an answer it cannot read, accepts "I don't know" when allowed, and gives up with Unknown
/// after <see cref="PromptOptions.MaxAttempts"/> so a parent is never stuck.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";
    private const string AcknowledgedKey = "acknowledged";

    protected Prompt(string id, PromptServices services)
        : base(id) => Services = services ?? throw new ArgumentNullException(nameof(services));

    protected PromptServices Services { get; }

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        WriteOptions(dc.State, promptOptions);
        dc.State[AttemptsKey] = 0;
        await dc.Context.SendActivityAsync(BuildQuestion(promptOptions, promptOptions.Text), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity?.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }
        var options = ReadOptions(dc.State);
        var text = dc.Context.Activity.Text ?? "";
        if (options.AsksForFact && !AwaitsFollowUp(dc) && Services.Vocabulary.IsAcknowledgement(text))
        {
            // "ok" to "Have you written down your concerns?" acknowledges the question; taking it as yes would write a fact
            // the parent never stated (issue 17). Ask once more in one short line with the buttons; a second "ok" leaves
            // the fact open, as "I don't know" would.
            if (dc.State.GetBool(AcknowledgedKey))
            {
                await dc.Context.SendActivityAsync(Services.Messages["prompt.givingUp"], cancellationToken: cancellationToken).ConfigureAwait(false);
                return await dc.EndDialogAsync(PromptAnswer<T>.Unknown, cancellationToken).ConfigureAwait(false);
            }
            dc.State[AcknowledgedKey] = true;
            await dc.Context.SendActivityAsync(BuildQuestion(options, Services.Messages[AcknowledgedMessageKey]), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        if (!AwaitsFollowUp(dc) && AwaitedReplies.For(dc, options.Tag) is { } reply)
        {
            // The parent's own words, read by the conversation layer: a typed value, "I don't know", "not yet", or a
            // question in place of an answer (answered already where it could be: ask again, not a failure).
            switch (reply.Kind)
            {
                case AnswerKind.Value when TryTake(reply.Value, options, out var value):
                    return await dc.EndDialogAsync(PromptAnswer<T>.Known(value) with { Approximate = reply.Approximate }, cancellationToken).ConfigureAwait(false);
                case AnswerKind.Unknown when options.AllowUnknown:
                    return await dc.EndDialogAsync(PromptAnswer<T>.Unknown, cancellationToken).ConfigureAwait(false);
                case AnswerKind.None when options.NoneChoice is not null:
                    return await dc.EndDialogAsync(PromptAnswer<T>.None, cancellationToken).ConfigureAwait(false);
                case AnswerKind.Question:
                    await dc.Context.SendActivityAsync(BuildQuestion(options, options.Text), cancellationToken).ConfigureAwait(false);
                    return DialogTurnResult.Waiting;
            }
        }
        if (options.AllowUnknown && Services.Vocabulary.IsUnknown(text))
        {
            return await dc.EndDialogAsync(PromptAnswer<T>.Unknown, cancellationToken).ConfigureAwait(false);
        }
        if (options.NoneChoice is { } none && !AwaitsFollowUp(dc) && IsNoneAnswer(text, none))
        {
            return await dc.EndDialogAsync(PromptAnswer<T>.None, cancellationToken).ConfigureAwait(false);
        }
        var recognition = await RecognizeAsync(dc, options, text, cancellationToken).ConfigureAwait(false);
        if (recognition.Succeeded)
        {
            return await dc.EndDialogAsync(PromptAnswer<T>.Known(recognition.Value!), cancellationToken).ConfigureAwait(false);
        }
        if (recognition.AskedFollowUp)
        {
            return DialogTurnResult.Waiting;
        }
        if (options.EndWhenNotAChoice)
        {
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        if (AwaitedReplies.WasSettled(dc))
        {
            // The message made the question moot (its facts were noted): end it with no answer; the flow moves on.
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        if (AwaitedReplies.WasNoted(dc))
        {
            // "Texas" to a question about something else: it was noted, so this is no failed answer; ask again plainly.
            await dc.Context.SendActivityAsync(BuildQuestion(options, options.Text), cancellationToken).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        var attempts = (dc.State.GetInt(AttemptsKey) ?? 0) + 1;
        dc.State[AttemptsKey] = attempts;
        if (attempts >= options.MaxAttempts && options.AllowUnknown)
        {
            await dc.Context.SendActivityAsync(Services.Messages["prompt.givingUp"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(PromptAnswer<T>.Unknown, cancellationToken).ConfigureAwait(false);
        }
        var retry = recognition.Message ?? options.RetryText ?? Services.Messages["prompt.retry"];
        await dc.Context.SendActivityAsync(BuildQuestion(options, retry + " " + options.Text), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Something ran on top of this prompt (review, delete...): ask the question again.</summary>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptAsync(dc.Context, dc.ActiveFrame!, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(ITurnContext turnContext, DialogFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(frame);
        var options = ReadOptions(frame.State);
        return turnContext.SendActivityAsync(BuildQuestion(options, options.Text), cancellationToken);
    }

    /// <summary>The fact or field this prompt asks (its <see cref="PromptOptions.Tag"/>).</summary>
    public override string? Awaiting(DialogFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return ReadOptions(frame.State).Tag;
    }

    /// <summary>
    /// A value the message reader found for this prompt's field, as this prompt's answer type; false leaves the message
    /// to <see cref="RecognizeAsync"/>. The base takes a value already of type <typeparamref name="T"/>.
    /// </summary>
    protected virtual bool TryTake(object? value, PromptOptions options, out T result)
    {
        if (value is T typed)
        {
            result = typed;
            return true;
        }
        result = default!;
        return false;
    }

    /// <summary>The one short line that asks again after a bare "ok" to a question about a fact (its buttons say the choices).</summary>
    protected virtual string AcknowledgedMessageKey => "prompt.acknowledged";

    /// <summary>True while the prompt waits on its own follow-up question (a "no" then answers that question).</summary>
    protected virtual bool AwaitsFollowUp(DialogContext dc) => false;

    /// <summary>"I haven't asked yet": the none button's title or a synonym, alone or opening a short answer.</summary>
    protected virtual bool IsNoneAnswer(string text, ChoiceOption none)
    {
        ArgumentNullException.ThrowIfNull(none);
        var answer = TextNormalizer.Normalize(text);
        var phrases = new[] { none.Title, none.Value }.Concat(none.Synonyms)
            .Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToList();
        return phrases.Contains(answer)
            || (answer.Split(' ').Length <= 5 && phrases.Any(p => answer.StartsWith(p + " ", StringComparison.Ordinal)));
    }

    /// <summary>Reads one answer. <paramref name="text"/> is the raw message text (may be empty).</summary>
    protected abstract Task<PromptRecognition<T>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken);

    /// <summary>The question with its buttons: the choices, then "I don't know" where allowed.</summary>
    protected virtual IMessageActivity BuildQuestion(PromptOptions options, string text)
    {
        ArgumentNullException.ThrowIfNull(options);
        var buttons = options.HideChoices ? [] : options.Buttons is { } page ? [.. page] : options.Choices.Select(c => c.Title).ToList();
        if (options.NoneChoice is { } none)
        {
            buttons.Add(none.Title);
        }
        if (options.AllowUnknown)
        {
            buttons.Add(Services.Vocabulary.UnknownButton);
        }
        return ButtonReply.Create(text, buttons);
    }

    /// <summary>
    /// The options of the prompt whose frame this is (for "why?" and other interruptions). Several readers ask in one
    /// turn, so the typed options are kept beside the stored JSON node they were read from (and dropped with it).
    /// </summary>
    public static PromptOptions ReadOptions(JsonObject state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state[OptionsKey] is not JsonObject node)
        {
            return new PromptOptions();
        }
        return ReadCache.GetValue(node, n => StateJson.FromNode<PromptOptions>(n) ?? new PromptOptions());
    }

    /// <summary>Replaces the options of a waiting prompt (the same question reworded, e.g. in another language).</summary>
    public static void WriteOptions(JsonObject state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        var node = StateJson.ToNode(options)!;
        state[OptionsKey] = node;
        ReadCache.AddOrUpdate((JsonObject)node, options);
    }

    private static readonly ConditionalWeakTable<JsonNode, PromptOptions> ReadCache = new();
}
