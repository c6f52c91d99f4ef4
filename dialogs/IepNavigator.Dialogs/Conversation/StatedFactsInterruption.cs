using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// Every fact a message states goes into the case at once, whatever else the message does and wherever the chat is
/// ("we're in Ohio" in the middle of a letter, "We live in Georgia. How long does the school have?"): a newer statement
/// wins, "I don't know" and "hasn't happened" are answers too, and a vague date keeps its precision. The parent is told
/// what was noted, and when the plan was already shown, whether it changed (<see cref="TurnMeaning.Changes"/>). The
/// answer to the open question is left to its prompt. Never stops the turn: the message goes on to what it asks.
/// </summary>
public sealed class StatedFactsInterruption(CaseStore cases, CaseAdvisor advisor, FactAnswers answers, MessageCatalog messages) : IInterruption
{
    public InterruptionOrder Order => InterruptionOrder.StatedFacts;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (TurnMeaning.Of(dc) is not { Suspicious: false } reading)
        {
            return InterruptionOutcome.NotHandled;
        }
        if (reading.ChildGender is { } gender)
        {
            // "mi hija": the replies say "su hija" from now on (content/child-words.json); nothing to tell the parent.
            (await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false)).ChildGender = gender;
        }
        // The open question's own answer is its prompt's to record (with its follow-ups and retries), unless the message
        // also asks for a letter: the letter begins on top of the question, so its prompt would not hear the answer ("2
        // weeks ago i think, but can you just help me write something to the school?" lost the date, asked again after).
        var answered = AwaitedReplies.For(dc, dc.Awaiting) is { Kind: AnswerKind.Value or AnswerKind.Unknown or AnswerKind.None } reply
            && !TurnMeaning.Means(dc, Intent.DraftLetter)
            ? reply.Field : null;
        var statement = Statement(reading, answered);
        var details = reading.Details.Stated().Where(d => d.Key != answered && SharedLetterFields.Find(d.Key) is not null).ToList();
        if (statement.IsEmpty && details.Count == 0 && reading.NoResponseAnswersNo.Count == 0)
        {
            return InterruptionOutcome.NotHandled;
        }
        // Said, even if already known ("I told you we're in Texas"): the open question was not answered wrongly.
        AwaitedReplies.MarkNoted(dc);

        var book = await cases.GetBookAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        var record = book.Active();
        if (!TurnMeaning.Means(dc, Intent.Correct))
        {
            // "she's also really frustrated with math": an area told in passing adds to the ones known; only a correction
            // ("no, it's math, not reading") or the concerns question's own answer replaces them.
            statement = WithKnownConcerns(statement, record.Facts.Concerns);
        }
        statement = WithSchoolSilence(statement, reading, record, answered);
        if (statement.IsEmpty && details.Count == 0)
        {
            return InterruptionOutcome.NotHandled;
        }
        var planBefore = record.LastStepIds.ToList();
        // The open question may become moot ("the teacher says wait and see" to "did the school refuse or tell you to
        // wait?"): then it is settled, not asked again.
        var openFact = answered is null && !statement.IsEmpty && dc.Awaiting is { } awaiting && CaseFactFields.Find(awaiting) is not null
            && advisor.Advise(record).MissingFacts.Contains(awaiting) ? awaiting : null;
        var changes = statement.IsEmpty ? FactChanges.None : record.Apply(statement);
        var fields = new List<string>();
        foreach (var (name, value) in details)
        {
            if (SharedLetterFields.Find(name)!.Read(book.LetterFieldsFor(record)) != value && book.SetLetterField(record, name, value))
            {
                fields.Add(name);
            }
        }
        if (changes.Count == 0 && fields.Count == 0)
        {
            return InterruptionOutcome.NotHandled;
        }
        record.UpdatedAt = advisor.Now;
        if (openFact is not null && changes.Count > 0 && !advisor.Advise(record).MissingFacts.Contains(openFact))
        {
            AwaitedReplies.MarkSettled(dc);
        }
        var planChanged = changes.Count > 0 && planBefore.Count > 0
            && !advisor.Advise(record).Steps.Select(s => s.Id).SequenceEqual(planBefore, StringComparer.Ordinal);
        TurnMeaning.SetChanges(dc, new StatedChanges([.. changes.Names], fields, planChanged));
        var lines = changes.Count > 0 ? answers.Describe(record).Where(l => changes.Contains(l.Fact)).Select(l => $"{l.Label}: {l.Value}").ToList() : [];
        if (fields.Count > 0 && dc.Awaiting is { } asked && CaseFactFields.Find(asked) is not null && !TurnMeaning.Means(dc, Intent.Correct))
        {
            // "Jefferson Elementary" typed at a yes/no question (issue 17) was kept in silence, then the question asked
            // again as if unheard: say it, briefly. Elsewhere the letters flow and the correction confirm letter details.
            var known = SharedLetterFields.ToDictionary(book.LetterFieldsFor(record));
            lines.AddRange(fields.Select(f => $"{messages["letterField." + f]}: {known.GetValueOrDefault(f)}"));
        }
        if (lines.Count > 0)
        {
            await dc.Context.SendActivityAsync(messages.Format("where.noted", string.Join("; ", lines)), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return InterruptionOutcome.NotHandled;
    }

    /// <summary>
    /// "no me han contestado nada", "they never answered": the school neither refused nor asked to wait, so those facts
    /// (<see cref="MessageReading.NoResponseAnswersNo"/>) are no, unless the case or the message already says otherwise or
    /// the case is past the request (issue 17: the refused/wait question is then not asked). No contract fact says
    /// "no response"; this is what the contract allows.
    /// </summary>
    public static CaseStatement WithSchoolSilence(CaseStatement statement, MessageReading reading, CaseRecord record, string? answered)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(record);
        if (reading.NoResponseAnswersNo.Count == 0 || record.Stage is not (null or Stage.Concerned or Stage.EvaluationRequested))
        {
            return statement;
        }
        var facts = statement.Facts;
        foreach (var name in reading.NoResponseAnswersNo.Where(n => n != answered))
        {
            if (CaseFactFields.Find(name) is { } field && !field.IsKnown(facts) && !field.IsKnown(record.Facts))
            {
                facts = field.Write(facts, false);
            }
        }
        return statement with { Facts = facts };
    }

    /// <summary>The statement with the areas already known kept beside the ones it adds (a repeat changes nothing).</summary>
    public static CaseStatement WithKnownConcerns(CaseStatement statement, IReadOnlyList<ConcernArea>? known)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Facts.Concerns is not { Count: > 0 } stated || known is not { Count: > 0 })
        {
            return statement;
        }
        // Contract order, as the reader gives them.
        var union = Enum.GetValues<ConcernArea>().Where(a => known.Contains(a) || stated.Contains(a)).ToList();
        return statement with { Facts = statement.Facts with { Concerns = union } };
    }

    /// <summary>What the reading states about the case, except <paramref name="answered"/> (the open question's own answer).</summary>
    public static CaseStatement Statement(MessageReading reading, string? answered)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var facts = reading.Facts;
        if (answered is not null && CaseFactFields.Find(answered) is { } field)
        {
            facts = field.Write(facts, null);
        }
        // Only a date without its day is kept as a month ("in April"); "October 14, I think" keeps its day.
        var approximate = reading.Approximate.Where(f => f != answered && !reading.DayGiven.Contains(f) && CaseFactFields.Find(f) is { Kind: FactKind.Date } date && date.IsKnown(facts))
            .ToDictionary(f => f, _ => DatePrecision.Month, StringComparer.Ordinal);
        return new CaseStatement
        {
            Facts = facts,
            Unknown = [.. reading.Unknown.Where(f => f != answered && CaseFactFields.Find(f) is not null)],
            NotYet = [.. reading.None.Where(f => f != answered && CaseFactFields.Find(f) is not null)],
            Approximate = approximate,
        };
    }
}
