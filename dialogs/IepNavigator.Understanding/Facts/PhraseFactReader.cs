using System.Globalization;
using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Lexicon;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Facts;

/// <summary>
/// Yes/no facts, dated events, "hasn't happened" and counts from the phrases of content/facts.json (both languages),
/// clause by clause: only statements count, a date belongs to the event in its own clause (GUIDE.md F5), a fact the
/// parent says they don't know is unknown, and an intention ("I'm going to ask") is not the parent's act.
/// </summary>
internal sealed partial class PhraseFactReader
{
    private const int MaxUncuedDaysAhead = 120;
    private const int MaxComingDaysReadBack = 60;

    private readonly List<FactRule> rules = [];
    private readonly PhraseSet unknownCues;
    private readonly PhraseSet noResponse;
    private readonly PhraseSet hedges;

    public PhraseFactReader()
        : this(LexiconFile.ReadAll<FactsDocument>("facts.json").Select(d => d.Document).ToList(),
               LexiconFile.ReadAll<AnswersDocument>("answers.json").Select(d => d.Document).ToList())
    {
    }

    public PhraseFactReader(IReadOnlyList<FactsDocument> documents, IReadOnlyList<AnswersDocument> answers)
    {
        var slots = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, list) in documents.SelectMany(d => d.Slots))
        {
            slots[name] = [.. (slots.GetValueOrDefault(name) ?? []).Concat(list)];
        }
        foreach (var name in documents.SelectMany(d => d.Facts.Keys).Distinct(StringComparer.Ordinal))
        {
            var field = CaseFactFields.Find(name) ?? throw new InvalidOperationException($"facts.json names '{name}', which is not a contract fact.");
            var all = documents.Select(d => d.Facts.GetValueOrDefault(name)).OfType<FactPhrases>().ToList();
            PhraseSet Compile(Func<FactPhrases, List<string>> pick) => PhrasePattern.Compile(all.SelectMany(pick), slots);
            rules.Add(new FactRule(field, Compile(p => p.Yes), Compile(p => p.No), Compile(p => p.Event), Compile(p => p.None),
                Compile(p => p.Count), Compile(p => p.Zero))
            {
                AnswerYes = all.Any(p => p.AnswerYes.Count > 0) ? Compile(p => p.AnswerYes) : null,
                Bare = all.Any(p => p.Bare.Count > 0) ? Compile(p => p.Bare) : null,
                BareWith = all.Select(p => p.BareWith).FirstOrDefault(r => r is not null),
                Standing = all.Any(p => p.Standing.Count > 0) ? Compile(p => p.Standing) : null,
                Except = all.Any(p => p.Except.Count > 0) ? Compile(p => p.Except) : null,
                About = all.Any(p => p.About.Count > 0) ? Compile(p => p.About) : null,
                RequiresCue = all.Any(p => p.RequiresCue),
                SameSentenceAs = all.Select(p => p.SameSentenceAs).FirstOrDefault(r => r is not null),
                Requires = all.Select(p => p.Requires).FirstOrDefault(r => r is not null),
                RequiresStage = [.. all.SelectMany(p => p.RequiresStage).Distinct(StringComparer.Ordinal)],
                NotInStages = [.. all.SelectMany(p => p.NotInStages).Distinct(StringComparer.Ordinal)],
                PlanNamed = all.Any(p => p.PlanNamed.Count > 0) ? Compile(p => p.PlanNamed) : null,
                Promise = all.Any(p => p.Promise.Count > 0) ? Compile(p => p.Promise) : null,
                DisputedAt = all.Any(p => p.DisputedAt.Count > 0) ? Compile(p => p.DisputedAt) : null,
                NoAfterPromise = all.Any(p => p.NoAfterPromise.Count > 0) ? Compile(p => p.NoAfterPromise) : null,
                Act = all.Any(p => p.Act),
                Future = all.Any(p => p.Direction == "future"),
                Disagree = all.Any(p => p.Disagree.Count > 0) ? Compile(p => p.Disagree) : null,
                DisputedAlone = all.Any(p => p.DisputedAlone.Count > 0) ? Compile(p => p.DisputedAlone) : null,
                Decision = all.Any(p => p.Decision.Count > 0) ? Compile(p => p.Decision) : null,
                DatedBy = [.. all.SelectMany(p => p.DatedBy).Distinct(StringComparer.Ordinal)],
                DecidedWith = [.. all.SelectMany(p => p.DecidedWith).Distinct(StringComparer.Ordinal)],
                CountAfter = all.Any(p => p.CountAfter.Count > 0) ? Compile(p => p.CountAfter) : null,
                RefersBack = all.Any(p => p.RefersBack.Count > 0) ? Compile(p => p.RefersBack) : null,
                Masked = all.Any(p => p.Masked.Count > 0) ? Compile(p => p.Masked) : null,
                CountAlone = all.Any(p => p.CountAlone.Count > 0) ? Compile(p => p.CountAlone).AtStart().AtEnd() : null,
                Tally = all.Any(p => p.Tally.Count > 0) ? Compile(p => p.Tally) : null,
                TallyOf = all.Any(p => p.TallyOf.Count > 0) ? Compile(p => p.TallyOf) : null,
                NamedBy = all.Any(p => p.NamedBy.Count > 0) ? Compile(p => p.NamedBy) : null,
                ShapeSubjects = all.Any(p => p.ShapeSubjects.Count > 0) ? Compile(p => p.ShapeSubjects) : null,
                ShapeNo = Compile(p => p.ShapeNo),
                ShapeYes = Compile(p => p.ShapeYes),
            });
        }
        unknownCues = PhrasePattern.Compile(documents.SelectMany(d => d.UnknownCues));
        noResponse = PhrasePattern.Compile(documents.SelectMany(d => d.NoResponse?.Phrases ?? []), slots);
        NoResponseAnswersNo = [.. documents.SelectMany(d => d.NoResponse?.AnswersNo ?? []).Distinct(StringComparer.Ordinal)];
        hedges = PhrasePattern.Compile(answers.SelectMany(a => a.Hedges).Where(h => h.Contains(' ', StringComparison.Ordinal) || h is "creo" or "probably" or "maybe" or "approximately" or "roughly"));
    }

    /// <summary>The facts a school's silence answers no (facts.json "noResponse": it neither refused nor asked to wait).</summary>
    public IReadOnlyList<string> NoResponseAnswersNo { get; }

    /// <summary>
    /// A statement tells that the school has not answered ("they never answered", "no me han contestado nada"), in a
    /// message that is not about an IEE (whose request the silence would then be about).
    /// </summary>
    public bool TellsNoResponse(IReadOnlyList<Clause> clauses) =>
        clauses.Any(c => c.States && noResponse.IsMatch(c.Normalized)) && !Names(clauses, FactNames.IeeRequestedOn);

    /// <summary>Facts whose event the message mentions, dated or not (a request "in writing" needs its request).</summary>
    public sealed record Result(IReadOnlySet<string> Mentioned, IReadOnlyDictionary<string, int> FirstClause);

    /// <summary>The fact's event is told in this sentence or the one beside it ("I asked in September. It was by email.").</summary>
    private bool SentenceMentions(IReadOnlyList<Clause> clauses, int sentence, string fact)
    {
        var rule = rules.First(r => r.Field.Name == fact);
        return clauses.Any(c => Math.Abs(c.SentenceIndex - sentence) <= 1 && c.States && FirstMatch(rule.Event, c.Normalized) is not null);
    }

    /// <param name="awaiting">The fact the bot asked for: its event is what the answer is about ("yes I emailed the principal").</param>
    /// <param name="known">Facts the case already holds: a bare phrase's partner (<c>bareWith</c>) need not be told again.</param>
    public Result Read(IReadOnlyList<Clause> clauses, DateOnly today, FactDraft draft, string? awaiting = null, IReadOnlySet<string>? known = null)
    {
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var firstClause = new Dictionary<string, int>(StringComparer.Ordinal);
        var undatedEvents = new List<(FactRule Rule, int Clause)>();
        void Mention(string fact, int clause)
        {
            mentioned.Add(fact);
            firstClause.TryAdd(fact, clause);
        }
        // "her 504 says she gets extra time but...": the plan named in a statement holds over the stage the story suggests.
        foreach (var rule in rules.Where(r => r.PlanNamed is not null && clauses.Any(c => c.States && r.PlanNamed.IsMatch(c.Normalized))))
        {
            draft.KeepInAnyStage(rule.Field.Name);
        }
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (!clause.States)
            {
                continue;
            }
            var text = clause.Normalized;
            var unknownHere = unknownCues.Match(text);
            var countAt = new Dictionary<string, (int Index, object? Before)>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if ((rule.Act && clause.IsIntention && !ToldBefore(rule, text, clause.IntentionAt)) || (rule.Except is not null && FirstMatch(rule.Except, text) is not null))
                {
                    continue;
                }
                if (rule.SameSentenceAs is { } partner && partner != awaiting && rule.Field.Name != awaiting && !SentenceMentions(clauses, clause.SentenceIndex, partner))
                {
                    continue;
                }
                // "idk if he gets all his minutes": the fact after the cue is what the parent does not know.
                bool AfterUnknown(Match m) => unknownHere is not null && m.Index >= unknownHere.Index;
                // "I emailed the principal ... and she emailed me back saying no": the school's writing is read past.
                var readable = rule.Masked is null ? text : rule.Masked.Replace(text, m => new string('_', m.Length));
                // "me dijeron que no" is the school's no to the request its sentence (or the one beside it) tells, or the one
                // asked about or known: "pedí que lo cambiaran de salón y dijeron que no" is no refused evaluation.
                var bareCounts = rule.Bare is not null && (rule.BareWith is null || rule.Field.Name == awaiting || known?.Contains(rule.BareWith) == true
                    || SentenceMentions(clauses, clause.SentenceIndex, rule.BareWith));
                var yes = FirstMatch(rule.Yes, readable) ?? (bareCounts ? BareMatch(rule.Bare!, readable) : null)
                    ?? (rule.AnswerYes is not null && rule.Field.Name == awaiting ? FirstMatch(rule.AnswerYes, readable) : null);
                var no = FirstMatch(rule.No, readable);
                if (rule.ShapeSubjects is not null)
                {
                    // "OT hasnt seen her since before thanksgiving", "pulling him out got pushed to when there's time": the
                    // sentence's shape (a service beside a verb of not happening), where no fixed phrase of the fact is told.
                    var shapedYes = yes is null ? ShapeMatch(rule.ShapeSubjects, rule.ShapeYes, readable) : null;
                    if (yes is null && no is null)
                    {
                        no = ShapeMatch(rule.ShapeSubjects, rule.ShapeNo, readable);
                    }
                    yes ??= shapedYes;
                    // "she hasnt missed a single session": the miss is negated, so the yes beside it stands alone.
                    if (yes is not null && no is not null && NegationBefore().IsMatch(Tail(readable[..no.Index])))
                    {
                        no = null;
                    }
                }
                if (no is null && rule.NoAfterPromise is not null && Promised(clauses, i, rule.Promise!)
                    && (FirstMatch(rule.NoAfterPromise, text) ?? (rule.ShapeSubjects is not null ? ShapeMatch(null, rule.ShapeNo, text) : null)) is { } notGiven)
                {
                    // "he's supposed to get 60 minutes of resource but he hardly ever gets it": the promise names the plan.
                    no = notGiven;
                    draft.KeepInAnyStage(rule.Field.Name);
                }
                if (yes is null && no is null && unknownHere is not null && rule.About is not null && FirstMatch(rule.About, text) is { } about && AfterUnknown(about))
                {
                    // "I have no idea whether he's actually getting his speech sessions": that fact is unknown.
                    draft.SetUnknown(rule.Field.Name);
                    Mention(rule.Field.Name, i);
                    continue;
                }
                if (yes is not null || no is not null)
                {
                    var chosen = Choose(yes, no, text, owedIsNotGiven: rule.Promise is not null);
                    if (chosen is { } pick)
                    {
                        if (AfterUnknown(pick.Match))
                        {
                            draft.SetUnknown(rule.Field.Name);
                        }
                        else
                        {
                            draft.Set(rule.Field.Name, pick.Value);
                        }
                        Mention(rule.Field.Name, i);
                    }
                }
                if (FirstMatch(rule.Zero, text) is not null)
                {
                    draft.Set(rule.Field.Name, 0);
                    Mention(rule.Field.Name, i);
                }
                else if (FirstMatch(rule.Count, text) is { } count && NumberOf(count.Groups["n"].Value) is { } n)
                {
                    countAt[rule.Field.Name] = (count.Groups["n"].Index, draft.Values.GetValueOrDefault(rule.Field.Name));
                    // Several removals listed: the longest run counts (GUIDE.md E10); a total is the latest said.
                    var longest = rule.Field.Name == FactNames.ConsecutiveDaysRemoved && draft.Values.GetValueOrDefault(rule.Field.Name) is int earlier ? Math.Max(earlier, n) : n;
                    draft.Set(rule.Field.Name, longest);
                    Mention(rule.Field.Name, i);
                }
                else if (rule.CountAlone is not null && !draft.Has(rule.Field.Name) && FirstMatch(rule.CountAlone, text) is { } alone
                    && NumberOf(alone.Groups["n"].Value) is { } told && SentenceBeforeMentions(clauses, i, rule.CountAfter!))
                {
                    // "They suspended him again. It was 4 days.": the count told in its own sentence is the event's.
                    draft.Set(rule.Field.Name, told);
                    Mention(rule.Field.Name, i);
                }
                else if (rule.Tally is not null && !draft.Has(rule.Field.Name) && FirstMatch(rule.Tally, text) is { } tally
                    && NumberOf(tally.Groups["n"].Value) is { } times && EarlierInSentenceMentions(clauses, i, rule.TallyOf!))
                {
                    // "they keep sending him home, like 8 times now": the comma splits the tally from the removal it counts.
                    draft.Set(rule.Field.Name, times);
                    Mention(rule.Field.Name, i);
                }
                var none = FirstMatch(rule.None, text);
                if (rule.Field.Name == FactNames.ConsecutiveDaysRemoved && countAt.TryGetValue(FactNames.ConsecutiveDaysRemoved, out var run)
                    && countAt.TryGetValue(FactNames.DaysRemovedThisYear, out var total) && run.Index == total.Index)
                {
                    // "suspended 16 days so far this year" is a total, not one run of 16 days (GUIDE.md E10).
                    if (run.Before is null)
                    {
                        draft.Remove(rule.Field.Name);
                    }
                    else
                    {
                        draft.Set(rule.Field.Name, run.Before);
                    }
                }
                var ev = FirstMatch(rule.Event, text);
                if (none is not null && (ev is null || none.Length >= ev.Length || none.Index <= ev.Index))
                {
                    draft.SetNone(rule.Field.Name);
                    Mention(rule.Field.Name, i);
                    continue;
                }
                if (ev is null)
                {
                    continue;
                }
                Mention(rule.Field.Name, i);
                if (AfterUnknown(ev) && rule.Field.Kind == FactKind.Date)
                {
                    draft.SetUnknown(rule.Field.Name);
                    continue;
                }
                var segment = WithoutOtherTimeSpans(Segment(text, ev, rules), today, rule.Future);
                // A meeting said to be past is not the next one; a past event said to be coming is not done.
                if (rule.Future ? PastTense().IsMatch(segment) : FutureTense().IsMatch(segment))
                {
                    continue;
                }
                var cued = !rule.RequiresCue || ComingCue().IsMatch(segment);
                // The date after the event's words first ("signed consent 10/14"), then anywhere in its part ("On Oct 3 I asked").
                var fromEvent = segment.IndexOf(ev.Value, StringComparison.Ordinal);
                var date = (fromEvent > 0 ? DateIn(segment[fromEvent..], today, rule.Future) : null) ?? DateIn(segment, today, rule.Future);
                // Without "is", "next" or "scheduled", a meeting read forward must be soon: "IEP meeting in january" is,
                // "at the IEP meeting on November 12 they cut his speech" (eleven months ahead) was a past one.
                if (date is not null && !cued && date.Date.DayNumber - today.DayNumber > MaxUncuedDaysAhead)
                {
                    continue;
                }
                if (date is not null)
                {
                    SetDate(draft, rule, date, text);
                }
                else
                {
                    undatedEvents.Add((rule, i));
                }
            }
        }
        // "First in May, then August, then by email on October 27": the latest date told for the same event wins (GUIDE.md D6).
        Continue(clauses, today, draft, undatedEvents);
        // "On October 3, I emailed the principal asking for an evaluation": the date may sit in the clause beside its event,
        // or a little further in the same sentence when the clauses between name no event ("I requested a full evaluation
        // (reading, math, attention) on October 1st": the list's commas make clauses of their own).
        foreach (var (rule, index) in undatedEvents)
        {
            if (draft.Has(rule.Field.Name))
            {
                continue;
            }
            foreach (var neighbour in Neighbours(clauses, index))
            {
                if (neighbour < 0 || neighbour >= clauses.Count || clauses[neighbour].SentenceIndex != clauses[index].SentenceIndex || !clauses[neighbour].States)
                {
                    continue;
                }
                var other = clauses[neighbour].Normalized;
                if (rules.Any(r => FirstMatch(r.Event, other) is not null))
                {
                    continue;
                }
                if (DateIn(other, today, rule.Future) is { } date)
                {
                    SetDate(draft, rule, date, other + " " + clauses[index].Normalized);
                    break;
                }
            }
        }
        // "I asked for an evaluation. I sent it thru the parent portal on 11/2": a dated clause that names the event only by a
        // pronoun dates the event told undated in the sentence before, or the one the bot asked about ("was it in writing?").
        foreach (var rule in rules.Where(r => r.RefersBack is not null))
        {
            for (var i = 0; i < clauses.Count && !draft.Has(rule.Field.Name); i++)
            {
                var text = clauses[i].Normalized;
                if (!clauses[i].States || FirstMatch(rule.RefersBack!, text) is null || rules.Any(r => FirstMatch(r.Event, text) is not null))
                {
                    continue;
                }
                var sentence = clauses[i].SentenceIndex;
                var antecedent = awaiting == rule.Field.Name || rules.Any(r => r.Field.Name == awaiting && r.Requires == rule.Field.Name)
                    || undatedEvents.Any(u => u.Rule == rule && u.Clause < i && clauses[u.Clause].SentenceIndex >= sentence - 1);
                if (antecedent && DateIn(text, today, rule.Future) is { } date)
                {
                    SetDate(draft, rule, date, text);
                    Mention(rule.Field.Name, i);
                }
            }
        }
        // A rule that needs another fact stated in the message ("in writing" needs its request), unless it answers its own
        // question ("phone call only" asked whether the request was in writing).
        foreach (var rule in rules.Where(r => r.Requires is not null))
        {
            // Naming the thing counts as mentioning it: "the district agreed to pay for the IEE" answers an IEE request.
            if (draft.IsSettled(rule.Field.Name) && rule.Requires != awaiting && rule.Field.Name != awaiting && !mentioned.Contains(rule.Requires!) && !draft.IsSettled(rule.Requires!)
                && !Names(clauses, rule.Requires!))
            {
                draft.Remove(rule.Field.Name);
            }
        }
        // "he missed 30 days of school from panic attacks": a count whose event the message never names is not this fact's.
        foreach (var rule in rules.Where(r => r.NamedBy is not null && r.Field.Name != awaiting && draft.Values.ContainsKey(r.Field.Name)))
        {
            if (!clauses.Any(c => c.States && rule.NamedBy!.IsMatch(c.Normalized)))
            {
                draft.Remove(rule.Field.Name);
            }
        }
        return new Result(mentioned, firstClause);
    }

    /// <summary>The parent's act is told before the clause's intention: "I requested an evaluation and the school told me I have to wait".</summary>
    private static bool ToldBefore(FactRule rule, string text, int intentionAt)
    {
        var first = new[] { FirstMatch(rule.Event, text), FirstMatch(rule.Yes, text), FirstMatch(rule.No, text) }
            .OfType<Match>().Select(m => m.Index).DefaultIfEmpty(int.MaxValue).Min();
        return first < intentionAt;
    }

    /// <summary>
    /// The clauses of the same sentence nearest first (the one before, the one after, then further, up to three away);
    /// a direction ends at a clause that tells another event, whose date that would be.
    /// </summary>
    private IEnumerable<int> Neighbours(IReadOnlyList<Clause> clauses, int index)
    {
        var open = new[] { true, true };
        for (var distance = 1; distance <= 3; distance++)
        {
            for (var side = 0; side < 2; side++)
            {
                var neighbour = side == 0 ? index - distance : index + distance;
                if (!open[side] || neighbour < 0 || neighbour >= clauses.Count || clauses[neighbour].SentenceIndex != clauses[index].SentenceIndex)
                {
                    open[side] = false;
                    continue;
                }
                if (rules.Any(r => FirstMatch(r.Event, clauses[neighbour].Normalized) is not null))
                {
                    open[side] = false;
                }
                yield return neighbour;
            }
        }
    }

    private void Continue(IReadOnlyList<Clause> clauses, DateOnly today, FactDraft draft, List<(FactRule Rule, int Clause)> undated)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (!clauses[i].States)
            {
                continue;
            }
            var dated = rules.FirstOrDefault(r => !r.Future && r.Field.Kind == FactKind.Date && FirstMatch(r.Event, clauses[i].Normalized) is not null && draft.Has(r.Field.Name));
            if (dated is null)
            {
                continue;
            }
            for (var j = i + 1; j < clauses.Count && clauses[j].SentenceIndex == clauses[i].SentenceIndex && clauses[j].States; j++)
            {
                var text = clauses[j].Normalized;
                if (rules.Any(r => FirstMatch(r.Event, text) is not null) || !Continuation().IsMatch(text))
                {
                    break;
                }
                if (DateIn(text, today, future: false) is { } later && (DateOnly)draft.Values[dated.Field.Name] < later.Date)
                {
                    SetDate(draft, dated, later, text);
                }
            }
        }
    }

    /// <summary>
    /// GUIDE.md E12: a parent who says they disagree ("we said no", "no estoy de acuerdo") with a school decision the
    /// message dates disputes that decision, in any stage: its date is the date of the fact that dates the decision (a
    /// placement proposal, a disciplinary move, the IEP meeting where it was made), or else the date told beside the
    /// decision's own words ("they decided it at the meeting in May"). Returns whether the parent disagrees.
    /// </summary>
    public bool ReadDisagreement(IReadOnlyList<Clause> clauses, DateOnly today, FactDraft draft, string? stage)
    {
        var disagreed = false;
        foreach (var rule in rules.Where(r => r.Disagree is not null))
        {
            var disagrees = clauses.Any(c => c.States && FirstMatch(rule.Disagree!, c.Normalized) is not null
                && (rule.Except is null || FirstMatch(rule.Except, c.Normalized) is null));
            if (!disagrees)
            {
                continue;
            }
            disagreed = true;
            // "We did not agree with the new IEP and wouldn't sign it": the object is the IEP, whatever stage the model leans to.
            var withAnIep = clauses.Any(c => c.States && FirstMatch(rule.Disagree!, c.Normalized) is not null
                && IepNamed().IsMatch(c.Normalized) && !EvaluationNamed().IsMatch(c.Normalized));
            // "I have the report but I don't agree", "no califica ... no estoy de acuerdo": once the evaluation is done, a
            // disagreement with no other object is with the evaluation (GUIDE.md E5, E12).
            if (stage is "not-eligible" or "evaluation-complete" && !withAnIep && !draft.IsSettled(FactNames.DisagreesWithEvaluation))
            {
                draft.Set(FactNames.DisagreesWithEvaluation, true);
            }
            if (draft.IsSettled(rule.Field.Name))
            {
                continue;
            }
            if (rule.DatedBy.FirstOrDefault(draft.Has) is { } anchor && draft.Values[anchor] is DateOnly anchored)
            {
                draft.Set(rule.Field.Name, anchored, draft.Approximate.Contains(anchor), draft.DayGiven.Contains(anchor));
                continue;
            }
            // A disagreement with an evaluation or an eligibility decision is disagreesWithEvaluation (GUIDE.md E12), not this.
            if (rule.Decision is null || draft.Has(FactNames.EligibilityDecidedOn) || draft.Has(FactNames.DisagreesWithEvaluation)
                || (!withAnIep && stage is "not-eligible" or "evaluation-complete"))
            {
                continue;
            }
            // "I said no at the meeting on November 18": the date after the parent's no; else the date beside the decision's words.
            NaturalDate? found = null;
            var context = "";
            foreach (var clause in clauses.Where(c => c.States))
            {
                var text = clause.Normalized;
                if (rule.Except is not null && FirstMatch(rule.Except, text) is not null)
                {
                    continue;
                }
                var said = FirstMatch(rule.Disagree!, text);
                var decision = FirstMatch(rule.Decision, text);
                var date = (said is not null ? DateIn(text[said.Index..], today, future: false) : null)
                    ?? (decision is not null ? DateIn(text[decision.Index..], today, future: false) ?? DateIn(text, today, future: false) : null);
                if (date is not null && (found is null || said is not null))
                {
                    (found, context) = (date, text);
                    if (said is not null)
                    {
                        break;
                    }
                }
            }
            if (found is not null)
            {
                SetDate(draft, rule, found, context);
            }
        }
        if (disagreed)
        {
            DateDisputedMeeting(clauses, today, draft);
        }
        return disagreed;
    }

    /// <summary>
    /// GUIDE.md E12: a school decision is a dispute only with the parent's no. A fact with <c>disagree</c> phrases read from
    /// its event phrases alone ("el 9 de noviembre nos dijeron que ya no necesita terapia de lenguaje, estamos contentos")
    /// goes when the message says no disagreement, unless a statement tells a decision disputed by itself
    /// (<c>disputedAlone</c>: a refused IEE). The fact the bot asked for stays (the answer dates the decision asked about).
    /// </summary>
    public void DropUndisputed(IReadOnlyList<Clause> clauses, FactDraft draft, bool disagreed, string? awaited)
    {
        if (disagreed)
        {
            return;
        }
        foreach (var rule in rules.Where(r => r.Disagree is not null && r.Field.Name != awaited && draft.Has(r.Field.Name)))
        {
            if (rule.DisputedAlone is null || !clauses.Any(c => c.States && FirstMatch(rule.DisputedAlone, c.Normalized) is not null))
            {
                draft.Remove(rule.Field.Name);
            }
        }
    }

    /// <summary>
    /// "They cut his OT at the meeting on November 20 and I said no": the meeting where the school did what the parent
    /// disputes was a past IEP meeting (GUIDE.md E6), dated as the disputed decision, unless a placement, disciplinary or
    /// eligibility decision already owns that date.
    /// </summary>
    private void DateDisputedMeeting(IReadOnlyList<Clause> clauses, DateOnly today, FactDraft draft)
    {
        if (draft.Values.GetValueOrDefault(FactNames.DisputedActionOn) is not DateOnly disputed
            || draft.Has(FactNames.EligibilityDecidedOn) || draft.Has(FactNames.PlacementChangeProposedOn) || draft.Has(FactNames.DisciplineChangeOfPlacementOn))
        {
            return;
        }
        // A move told at all ("they want to send him to the autism program ... we said no at the meeting"), dated or not,
        // is the meeting's business: a placement meeting is no IEP review (GUIDE.md E6, E12).
        var moves = rules.Where(r => r.Field.Name is FactNames.PlacementChangeProposedOn or FactNames.DisciplineChangeOfPlacementOn);
        if (clauses.Any(c => c.States && moves.Any(r => FirstMatch(r.Event, c.Normalized) is not null || (r.Standing is not null && FirstMatch(r.Standing, c.Normalized) is not null))))
        {
            return;
        }
        foreach (var rule in rules.Where(r => r.DisputedAt is not null && !draft.IsSettled(r.Field.Name)))
        {
            var held = clauses.FirstOrDefault(c => c.States && FirstMatch(rule.DisputedAt!, c.Normalized) is { } meeting
                && (rule.Except is null || FirstMatch(rule.Except, c.Normalized) is null)
                // The day told after the meeting ("en la junta del 14 de octubre") or before it ("el lunes en la revisión anual").
                && (DateIn(c.Normalized[meeting.Index..], today, future: false)?.Date == disputed
                    || DateIn(c.Normalized[..meeting.Index], today, future: false)?.Date == disputed));
            if (held is not null)
            {
                draft.Set(rule.Field.Name, disputed, draft.Approximate.Contains(FactNames.DisputedActionOn), draft.DayGiven.Contains(FactNames.DisputedActionOn));
                // "el martes en la junta del IEP le cortaron la terapia": that meeting was held, it is no coming one.
                if (rules.FirstOrDefault(r => r.Field.Name == FactNames.IepMeetingOn) is { } coming && FirstMatch(coming.Event, held.Normalized) is not null)
                {
                    draft.Remove(FactNames.IepMeetingOn);
                }
            }
        }
    }

    /// <summary>
    /// A proposal told as standing now and never dated, which the parent disputes ("the school wants to move him to another
    /// school, I don't agree", "quieren cambiarlo de escuela, no estoy de acuerdo"): it stands today, so it is dated today,
    /// approximate and without its day (the chat shows the month and a letter leaves it out), and the stay-put advice
    /// applies; a date told for it, or for the disputed decision, wins.
    /// </summary>
    public bool DateStanding(IReadOnlyList<Clause> clauses, DateOnly today, FactDraft draft, Result read)
    {
        var dated = false;
        foreach (var rule in rules.Where(r => r.Standing is not null))
        {
            if (!read.Mentioned.Contains(rule.Field.Name) || draft.IsSettled(rule.Field.Name))
            {
                continue;
            }
            if (clauses.Any(c => c.States && FirstMatch(rule.Event, c.Normalized) is { } ev && FirstMatch(rule.Standing!, c.Normalized) is { } now && now.Index <= ev.Index + ev.Length
                && !PastTense().IsMatch(c.Normalized)))
            {
                // "...and I said no at the meeting on November 18": the disputed decision's date is the proposal's.
                if (draft.Values.GetValueOrDefault(FactNames.DisputedActionOn) is DateOnly disputed)
                {
                    draft.Set(rule.Field.Name, disputed, draft.Approximate.Contains(FactNames.DisputedActionOn), draft.DayGiven.Contains(FactNames.DisputedActionOn));
                }
                else
                {
                    draft.Set(rule.Field.Name, today, approximateDate: true, dateDayGiven: false);
                }
                dated = true;
            }
        }
        return dated;
    }

    /// <summary>
    /// A decision told in one sentence and dated in another ("They said he's not eligible. The meeting was November 12.",
    /// "No califica, dijeron en la junta de hace un mes"): when the message mentions the decision but no date for it, the
    /// past date of a statement naming the meeting or the decision (the rule's "decision" phrases) is its date, unless
    /// that statement is about another dated event.
    /// </summary>
    public void DateDecisions(IReadOnlyList<Clause> clauses, DateOnly today, FactDraft draft, Result read)
    {
        foreach (var rule in rules.Where(r => r.Decision is not null && r.Disagree is null))
        {
            if (!read.Mentioned.Contains(rule.Field.Name) || draft.IsSettled(rule.Field.Name))
            {
                continue;
            }
            foreach (var clause in clauses.Where(c => c.States))
            {
                var text = clause.Normalized;
                // Another dated event in the statement owns its date, unless it is a coming meeting told in the past
                // tense ("the meeting was November 12" dates the decision, not the next IEP meeting).
                if (FirstMatch(rule.Decision!, text) is null
                    || rules.Any(r => r != rule && r.Field.Kind == FactKind.Date && !(r.Future && PastTense().IsMatch(text)) && FirstMatch(r.Event, text) is not null))
                {
                    continue;
                }
                if (DateIn(text, today, future: false) is { } date)
                {
                    SetDate(draft, rule, date, text);
                    break;
                }
            }
            // "she got evaluated in october and they said she doesnt qualify": an evaluation dated by its month, told in the
            // decision's sentence before it, dates the decision that month (facts.json "decidedWith").
            if (!draft.IsSettled(rule.Field.Name) && read.FirstClause.TryGetValue(rule.Field.Name, out var at))
            {
                foreach (var other in rule.DecidedWith)
                {
                    if (draft.Values.GetValueOrDefault(other) is DateOnly month && draft.Approximate.Contains(other) && !draft.DayGiven.Contains(other)
                        && read.FirstClause.TryGetValue(other, out var otherAt) && otherAt <= at && clauses[otherAt].SentenceIndex == clauses[at].SentenceIndex)
                    {
                        draft.Set(rule.Field.Name, month, approximateDate: true);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>A statement of the message names what <paramref name="fact"/> is about (its "about" phrases: "the IEE").</summary>
    /// <summary>
    /// Whether a statement holds the fact's <c>except</c> phrases and the fact is a count: the number answered then counts
    /// something else ("30 days from panic attacks" are absences, not days removed).
    /// </summary>
    public bool Cancels(string fact, IReadOnlyList<Clause> clauses) =>
        rules.FirstOrDefault(r => r.Field.Name == fact) is { Field.Kind: FactKind.Count, Except: { } except }
        && clauses.Any(c => c.States && except.IsMatch(c.Normalized));

    public bool Names(IReadOnlyList<Clause> clauses, string fact)
    {
        var about = rules.FirstOrDefault(r => r.Field.Name == fact)?.About;
        return about is not null && clauses.Any(c => c.States && FirstMatch(about, c.Normalized) is not null);
    }

    /// <summary>Facts that count only in some stages (disputedActionOn in a disagreement); called once the stage is known.</summary>
    /// <param name="disagreed">The parent said they disagree (<see cref="ReadDisagreement"/>): a disputed decision counts in any stage.</param>
    /// <summary>
    /// Drops a fact the stages it is checked against cannot hold (<c>requiresStage</c>: none of them meets it;
    /// <c>notInStages</c>: all of them are listed). One stage when the stage read is sure; the candidates still in the
    /// running when it is not, so an unsure stage drops no stated fact one of them could hold. A null stage is "none".
    /// </summary>
    public void ApplyStage(FactDraft draft, IReadOnlyCollection<string?> stages, string? awaited, bool disagreed = false)
    {
        // A fact the bot asked for counts whatever the stage. A fact read only in some stages needs the best of them (the
        // first): an unsure stage's other candidates do not hold it ("nos dijeron que ya no necesita terapia, estamos
        // contentos" at disagreement 0.50 is no dispute); a fact ruled out in some stages goes only when every candidate does.
        var best = stages.Take(1).ToList();
        foreach (var rule in rules.Where(r => r.RequiresStage.Count > 0 && r.Field.Name != awaited && !(disagreed && r.Disagree is not null)))
        {
            // "her 504 is ignored. I sent her teachers two emails": a plan the message names holds the fact whatever the stage read.
            if (draft.IsSettled(rule.Field.Name) && !best.Any(s => s is not null && rule.RequiresStage.Contains(s)) && !draft.IsKeptInAnyStage(rule.Field.Name))
            {
                draft.Remove(rule.Field.Name);
            }
        }
        foreach (var rule in rules.Where(r => r.NotInStages.Count > 0 && r.Field.Name != awaited))
        {
            if (stages.Count > 0 && stages.All(s => s is not null && rule.NotInStages.Contains(s)) && draft.Values.ContainsKey(rule.Field.Name) && !draft.IsKeptInAnyStage(rule.Field.Name))
            {
                draft.Remove(rule.Field.Name);
            }
        }
    }

    private void SetDate(FactDraft draft, FactRule rule, NaturalDate date, string context)
    {
        draft.Set(rule.Field.Name, date.Date, date.Approximate || hedges.IsMatch(context), date.DayGiven);
    }

    /// <summary>
    /// "her annual IEP meeting is on December 18 and her reading is the same as last year": beside a date that names its day,
    /// a "last year" / "next week" / "el año pasado" dates something else, and tells neither this event's tense nor its date.
    /// </summary>
    private static string WithoutOtherTimeSpans(string segment, DateOnly today, bool future)
    {
        var without = OtherTimeSpan().Replace(segment, " ");
        return without != segment && DateIn(without, today, future) is { DayGiven: true } ? without : segment;
    }

    /// <summary>The date of an event: in the clause, the part from the event (or the clause start) to the next event.</summary>
    private static NaturalDate? DateIn(string text, DateOnly today, bool future)
    {
        // "they had to answer my request by nov 2": a deadline is when something was due, never an event's date.
        text = DeadlineDates.Mask(text);
        NaturalDate? date;
        if (future)
        {
            date = NaturalDateParser.Parse(text, today, DateDirection.Future);
            // "in 2 weeks" is a plan, and a bare amount is no date in a story (GUIDE.md F5).
            if (date is not null && !date.ExplicitYear && BareAmount().IsMatch(text) && !MonthOrDay().IsMatch(text))
            {
                date = null;
            }
        }
        else
        {
            date = NaturalDateParser.ParseInStory(text, today);
            if (date is not null && date.Date > today)
            {
                date = null;
            }
            // "Dec 11" told on December 6 is a coming day, not last year's: a year-less date read back a whole year
            // whose day this year is only weeks ahead belongs to no past event.
            if (date is not null && !date.ExplicitYear && date.Date.AddYears(1) > today && date.Date.AddYears(1).DayNumber - today.DayNumber <= MaxComingDaysReadBack)
            {
                date = null;
            }
            if (date is not null && Since().IsMatch(text) && !MonthDayNumber().IsMatch(text))
            {
                // "no speech since October" says how long, not when.
                date = null;
            }
        }
        return date ?? DayOfMonth(text, today, future) ?? ThisMonth(text, today);
    }

    /// <summary>"on the 3rd", "el 3": this month's day if not after today, else last month's (GUIDE.md F5); forward for a meeting.</summary>
    private static NaturalDate? DayOfMonth(string text, DateOnly today, bool future)
    {
        var m = TheNth().Match(text);
        if (!m.Success || !int.TryParse(m.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31)
        {
            return null;
        }
        var month = new DateOnly(today.Year, today.Month, 1);
        DateOnly Make(DateOnly first) => first.AddDays(Math.Min(day, DateTime.DaysInMonth(first.Year, first.Month)) - 1);
        var candidate = Make(month);
        if (future && candidate < today)
        {
            candidate = Make(month.AddMonths(1));
        }
        else if (!future && candidate > today)
        {
            candidate = Make(month.AddMonths(-1));
        }
        return new NaturalDate(candidate, false, false);
    }

    private static NaturalDate? ThisMonth(string text, DateOnly today) =>
        ThisMonthWords().IsMatch(text) ? new NaturalDate(new DateOnly(today.Year, today.Month, 1), true, false) : null;

    /// <summary>The part of a clause that belongs to one event: cut at "and"/"then" before the next event.</summary>
    private static string Segment(string text, Match ev, List<FactRule> all)
    {
        var nextStart = text.Length;
        var previousEnd = 0;
        foreach (var rule in all)
        {
            foreach (Match other in rule.Event.Matches(text))
            {
                if (other.Index > ev.Index + ev.Length && other.Index < nextStart)
                {
                    nextStart = other.Index;
                }
                if (other.Index + other.Length <= ev.Index && other.Index + other.Length > previousEnd)
                {
                    previousEnd = other.Index + other.Length;
                }
            }
        }
        var start = previousEnd == 0 ? 0 : CutAfter(text, previousEnd, ev.Index);
        var end = nextStart == text.Length ? text.Length : CutBefore(text, ev.Index + ev.Length, nextStart);
        return text[start..end];
    }

    private static int CutBefore(string text, int from, int to)
    {
        var best = to;
        foreach (Match m in Joiner().Matches(text[from..to]))
        {
            best = from + m.Index;
        }
        return best;
    }

    private static int CutAfter(string text, int from, int to)
    {
        var m = Joiner().Match(text[from..to]);
        return m.Success ? from + m.Index + m.Length : from;
    }

    private static Match? FirstMatch(PhraseSet pattern, string text) => pattern.Match(text);

    /// <summary>
    /// A bare phrase counts when nothing but a reason follows it in the clause: "me dijeron que no porque saca buenas notas"
    /// is the school's no; "me dijeron que no hay fecha todavía", "dijeron que no pueden darle un asistente" are not.
    /// </summary>
    private static Match? BareMatch(PhraseSet pattern, string text) =>
        pattern.Matches(text).FirstOrDefault(m => text[(m.Index + m.Length)..].TrimStart() is var rest && (rest.Length == 0 || ReasonStart().IsMatch(rest)));

    [GeneratedRegex(@"^(porque|pq|xq|por que|ya que|que|q|because|cause|cuz|bc|since)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReasonStart();

    /// <summary>
    /// Both a yes and a no phrase: the longer (more specific) one wins, a tie goes to no. A yes phrase after a negation
    /// does not count, nor one whose gap holds the no phrase: "I have no records" is a negated possession, a no.
    /// </summary>
    private static (bool Value, Match Match)? Choose(Match? yes, Match? no, string text, bool owedIsNotGiven = false)
    {
        // "he's supposed to be getting his speech twice a week": a thing owed (a fact with promise phrases) told as owed or
        // planned is not given.
        if (yes is not null && (NegationBefore().IsMatch(Tail(text[..yes.Index])) || (owedIsNotGiven && OwedBefore().IsMatch(Tail(text[..yes.Index])))
            || (no is not null && no.Index > yes.Index && no.Index + no.Length <= yes.Index + yes.Length)))
        {
            yes = null;
        }
        if (yes is null)
        {
            return no is null ? null : (false, no);
        }
        if (no is null)
        {
            return (true, yes);
        }
        return yes.Length > no.Length ? (true, yes) : (false, no);
    }

    private static string Tail(string before) => before.Length <= 40 ? before : before[^40..];

    private static int? NumberOf(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        return text switch
        {
            "one" or "uno" or "una" or "un" => 1, "two" or "dos" => 2, "three" or "tres" => 3, "four" or "cuatro" => 4,
            "five" or "cinco" => 5, "six" or "seis" => 6, "seven" or "siete" => 7, "eight" or "ocho" => 8, "nine" or "nueve" => 9,
            "ten" or "diez" => 10, "eleven" or "once" => 11, "twelve" or "doce" => 12, "thirteen" or "trece" => 13,
            "fourteen" or "catorce" => 14, "fifteen" or "quince" => 15, "sixteen" or "dieciseis" => 16, "seventeen" or "diecisiete" => 17,
            "eighteen" or "dieciocho" => 18, "nineteen" or "diecinueve" => 19, "twenty" or "veinte" => 20, "thirty" or "treinta" => 30,
            _ => null,
        };
    }

    /// <summary>A statement up to clause <paramref name="index"/>, in its sentence or the one before, names what the plan owes the child.</summary>
    private static bool Promised(IReadOnlyList<Clause> clauses, int index, PhraseSet promise)
    {
        var sentence = clauses[index].SentenceIndex;
        return clauses.Take(index + 1).Any(c => c.SentenceIndex >= sentence - 1 && c.States && promise.IsMatch(c.Normalized));
    }

    /// <summary>A statement before clause <paramref name="index"/> in its own sentence names the event.</summary>
    private static bool EarlierInSentenceMentions(IReadOnlyList<Clause> clauses, int index, PhraseSet eventPhrases) =>
        clauses.Take(index).Any(c => c.SentenceIndex == clauses[index].SentenceIndex && c.States && eventPhrases.IsMatch(c.Normalized));

    /// <summary>A statement of the sentence right before clause <paramref name="index"/>'s names the event.</summary>
    private static bool SentenceBeforeMentions(IReadOnlyList<Clause> clauses, int index, PhraseSet eventPhrases)
    {
        var before = clauses[index].SentenceIndex - 1;
        return before >= 0 && clauses.Any(c => c.SentenceIndex == before && c.States && eventPhrases.IsMatch(c.Normalized));
    }

    private sealed record FactRule(CaseFactField Field, PhraseSet Yes, PhraseSet No, PhraseSet Event, PhraseSet None, PhraseSet Count, PhraseSet Zero)
    {
        public string? Requires { get; init; }
        public string? SameSentenceAs { get; init; }
        public PhraseSet? Except { get; init; }
        public PhraseSet? AnswerYes { get; init; }
        public PhraseSet? Bare { get; init; }
        public string? BareWith { get; init; }
        public PhraseSet? Standing { get; init; }
        public PhraseSet? About { get; init; }
        public bool RequiresCue { get; init; }
        public IReadOnlyList<string> RequiresStage { get; init; } = [];
        public IReadOnlyList<string> NotInStages { get; init; } = [];
        public PhraseSet? PlanNamed { get; init; }
        public PhraseSet? Promise { get; init; }
        public PhraseSet? DisputedAt { get; init; }
        public PhraseSet? NoAfterPromise { get; init; }
        public bool Act { get; init; }
        public PhraseSet? Disagree { get; init; }
        public PhraseSet? DisputedAlone { get; init; }
        public PhraseSet? Decision { get; init; }
        public IReadOnlyList<string> DatedBy { get; init; } = [];
        public IReadOnlyList<string> DecidedWith { get; init; } = [];
        public bool Future { get; init; }
        public PhraseSet? CountAfter { get; init; }
        public PhraseSet? CountAlone { get; init; }
        public PhraseSet? Tally { get; init; }
        public PhraseSet? TallyOf { get; init; }
        public PhraseSet? NamedBy { get; init; }
        public PhraseSet? RefersBack { get; init; }
        public PhraseSet? Masked { get; init; }
        public PhraseSet? ShapeSubjects { get; init; }
        public required PhraseSet ShapeNo { get; init; }
        public required PhraseSet ShapeYes { get; init; }
    }

    [GeneratedRegex(@"\b(not|never|no|didnt|dont|doesnt|havent|hasnt|wasnt|werent|isnt|arent|nunca|no|ni)\s+(\S+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex NegationBefore();

    [GeneratedRegex(@"\b(supposed to|suppose to|sposed to|meant to|should|should be|is to|was to|promised|owed|entitled to|would|will|going to|gonna|if)\s+(\S+\s+){0,1}$", RegexOptions.CultureInvariant)]
    private static partial Regex OwedBefore();

    [GeneratedRegex(@"\s(and then|and|then|but|after that|y luego|y despues|y|luego|pero|despues)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"\b(was|were|had|have had|happened|already|last|fue|fueron|tuvimos|tuvo|tuve|ya paso|pasada|pasado|(told (us|me)|decided|said|proposed|dijeron|decidieron|propusieron|dijo|decidio|propuso) (at|in|en))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastTense();

    [GeneratedRegex(@"\b((last|this|next|the next|the last|past)\s+(school\s+)?(year|week|month|semester|time)|(el|la|este|esta)\s+(ano|semana|mes|semestre|vez)\s+(pasad[oa]|anterior|que viene|que entra)|(el|la)\s+proxim[oa]\s+(ano|semana|mes|semestre|vez)|(este|esta)\s+(ano|semana|mes|semestre))\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherTimeSpan();

    [GeneratedRegex(@"\b(will|is going to|are going to|gonna|next|upcoming|scheduled|coming up|is on|is set|sera|va a ser|proxima|proximo|esta programada|(meeting|mtg|junta|reunion|ard|arc) (is|es)|(want|wants|quieren|quiere) to have|hasnt happened|has not happened|no ha sido)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FutureTense();

    [GeneratedRegex(@"\b(is|are|will|ll|next|upcoming|scheduled|coming|set for|set up|have a|have an|got a|we have|tomorrow|this week|on the calendar|es|son|sera|tenemos|hay|tengo|va a ser|programada|programado|proxima|proximo|manana)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ComingCue();

    [GeneratedRegex(@"^(then|and then|and|again|y luego|luego|y despues|despues|otra vez|y)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"\b(since|desde)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Since();

    [GeneratedRegex(@"\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}\b|\d{1,2}/\d{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayNumber();

    [GeneratedRegex(@"\b(in|en|dentro de)\s+(\d+|a|an|one|two|three|four|un|una|dos|tres|a few|a couple of|unas|unos)\s+(days?|weeks?|months?|dias|semanas|meses)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BareAmount();

    [GeneratedRegex(@"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|mon|tue|wed|thu|fri|lunes|martes|miercoles|jueves|viernes|next|proximo|proxima)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOrDay();

    [GeneratedRegex(@"\b(on\s+)?the\s+(?<d>\d{1,2})(st|nd|rd|th)\b|\bel\s+(dia\s+)?(?<d>\d{1,2})\b(?!\s+de\b)(?!\s+(dias|semanas|meses|anos|de))", RegexOptions.CultureInvariant)]
    private static partial Regex TheNth();

    [GeneratedRegex(@"\b(this month|este mes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThisMonthWords();

    [GeneratedRegex(@"\b(iep|ieps|pei|ard)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IepNamed();

    [GeneratedRegex(@"\b(eval|evals|evaluation|evaluations|evaluacion|evaluaciones|report|reporte|informe|results|resultados|testing|pruebas|assessment|psych)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EvaluationNamed();
}
