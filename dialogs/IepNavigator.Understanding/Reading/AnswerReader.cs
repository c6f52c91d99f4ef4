using System.Globalization;
using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Facts;
using IepNavigator.Understanding.Lexicon;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding.Reading;

/// <summary>
/// Reads a message as the answer to the question the bot just asked (GUIDE.md G4): a value checked by the field's
/// type, "I don't know" / "maybe" / "depends" (unknown, a full answer), "not yet" (none), a question put in place of
/// an answer, or unclear. A non-answer is never returned as a value: "Dear i dont know who that is" is no name.
/// </summary>
internal sealed partial class AnswerReader
{
    private readonly PhraseSet acknowledgements;
    private readonly PhraseSet yes;
    private readonly PhraseSet no;
    private readonly PhraseSet unknown;
    private readonly PhraseSet notYet;
    private readonly PhraseSet hedges;
    private readonly PhraseSet declines;
    private readonly PhraseSet notFully;
    private readonly PhraseSet partlyAnswers;
    private readonly PhraseSet nameLeadIn;
    private readonly HashSet<string> notNames;
    private readonly HashSet<string> placeWords;
    private readonly HashSet<string> honorifics;
    private readonly HashSet<string> jobTitles;
    private readonly StateReader states;
    private readonly ConcernReader concerns;
    private readonly DetailsReader details;

    public AnswerReader(StateReader states, ConcernReader concerns, DetailsReader details)
        : this(LexiconFile.ReadAll<AnswersDocument>("answers.json").Select(d => d.Document).ToList(), states, concerns, details)
    {
    }

    public AnswerReader(IReadOnlyList<AnswersDocument> documents, StateReader states, ConcernReader concerns, DetailsReader details)
    {
        acknowledgements = Start(documents.SelectMany(d => d.Acknowledgements));
        yes = Start(documents.SelectMany(d => d.Yes));
        no = Start(documents.SelectMany(d => d.No));
        notYet = Start(documents.SelectMany(d => d.NotYet));
        unknown = PhrasePattern.Compile(documents.SelectMany(d => d.Unknown));
        hedges = PhrasePattern.Compile(documents.SelectMany(d => d.Hedges));
        declines = PhrasePattern.Compile(documents.SelectMany(d => d.Declines));
        notFully = PhrasePattern.Compile(documents.SelectMany(d => d.NotFully));
        partlyAnswers = Start(documents.SelectMany(d => d.Partly));
        nameLeadIn = Start(documents.SelectMany(d => d.NameLeadIns));
        notNames = [.. documents.SelectMany(d => d.NotNames).Select(TextNormalizer.Normalize)];
        honorifics = [.. documents.SelectMany(d => d.Honorifics).Select(TextNormalizer.Normalize)];
        jobTitles = [.. documents.SelectMany(d => d.JobTitles).Select(TextNormalizer.Normalize)];
        // The words that make a name a school's or a district's ("Lincoln Elementary", "Fresno Unified"). Only whole
        // one-word entries of five letters or more: short codes ("ms", "es", "sd") are also honorifics, and a phrase's
        // parts ("junior" of "junior high") are words of a person's name.
        placeWords = [.. documents.SelectMany(d => d.SchoolWords.Concat(d.DistrictWords)).Select(TextNormalizer.Normalize)
            .Where(w => w.Length >= 5 && !w.Contains(' ', StringComparison.Ordinal))];
        this.states = states;
        this.concerns = concerns;
        this.details = details;
    }

    /// <summary>The answer to <paramref name="field"/>; the value also goes into <paramref name="draft"/> (facts, unknown, none, details).</summary>
    public AwaitedAnswer Read(string field, string raw, IReadOnlyList<Clause> clauses, DateOnly today, FactDraft draft)
    {
        var normalized = TextNormalizer.Normalize(raw);
        var bareWithMark = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && raw.TrimEnd().EndsWith('?');
        // "i think so? honestly not sure": a first clause of a few words that opens with no question word is an answer said
        // with a rising voice, not a question (it got "I can't answer that" and the question again).
        var asked = !bareWithMark && clauses.Count > 0 && clauses[0].IsQuestion && !UptalkAnswer(clauses[0]);
        if (CaseFactFields.Find(field) is { } fact)
        {
            // A date is read from what the message tells, never from a question beside it: "what counts as a day? he gets
            // sent home early alot too" under "when was that decided?" was read as decided yesterday ("a day" ago).
            // Only a clause that opens as a question: "i think it was october 3rd?" is an answer with a doubt.
            var told = !bareWithMark && clauses.Any(AsksOpenly)
                ? string.Join(" ", clauses.Where(c => !AsksOpenly(c)).Select(c => c.Normalized))
                : normalized;
            if (fact.Kind == FactKind.YesNo && clauses.Count > 1 && clauses[0].IsQuestion && UptalkAnswer(clauses[0])
                && clauses.Skip(1).Any(c => unknown.IsMatch(c.Normalized)))
            {
                // "i think so? honestly not sure": the rising "i think so?" and the doubt after it say "I don't know".
                draft.SetUnknown(fact.Name);
                return new AwaitedAnswer(fact.Name, AnswerKind.Unknown);
            }
            return ReadFact(fact, raw, normalized, told, asked, bareWithMark, today, draft);
        }
        if (LetterFields.KindOf(field) is { } kind)
        {
            // "y esto cuanto se tardan en contestar?" at the signing name got "I couldn't read the parent's name" (its first
            // clause is no question form): no letter field's answer of more than three words ends with a question mark.
            return ReadLetterField(field, kind, raw, normalized, asked || (!bareWithMark && raw.TrimEnd().EndsWith('?')), today, draft);
        }
        return new AwaitedAnswer(field, AnswerKind.Unclear);
    }

    private static bool AsksOpenly(Clause clause) => clause.IsQuestion && QuestionOpening().IsMatch(clause.Normalized);

    private static bool UptalkAnswer(Clause clause) =>
        clause.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !QuestionOpening().IsMatch(clause.Normalized);

    [GeneratedRegex(@"^(what|whats|how|why|when|where|who|which|can|could|do|does|is|are|should|will|would|que|como|cuando|donde|cual|cuantos|cuantas|por que|puede|pueden|se puede|es|son)\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionOpening();

    private AwaitedAnswer ReadFact(CaseFactField fact, string raw, string normalized, string told, bool asked, bool hedgedMark, DateOnly today, FactDraft draft)
    {
        var name = fact.Name;
        var saysUnknown = unknown.IsMatch(normalized);
        switch (fact.Kind)
        {
            case FactKind.Date:
            {
                var future = name == FactNames.IepMeetingOn;
                if (future && draft.Has(FactNames.LastIepReviewOn))
                {
                    // "on nov 12 we had the IEP meeting" asked when the next meeting is: that meeting was held (GUIDE.md F4),
                    // so the date is the last review's, read from the statement, and no coming meeting is told.
                    return new AwaitedAnswer(name, AnswerKind.Unclear);
                }
                // "they had to answer by nov 2" says when something was due, not when it happened.
                var date = NaturalDateParser.Parse(DeadlineDates.Mask(told), today, future ? DateDirection.Future : DateDirection.Past);
                if (date is not null && (future || date.Date <= today) && !(saysUnknown && !hedges.IsMatch(normalized)))
                {
                    var approximate = date.Approximate || hedges.IsMatch(normalized) || hedgedMark;
                    draft.Set(name, date.Date, approximate, date.DayGiven);
                    return new AwaitedAnswer(name, AnswerKind.Value, date.Date, approximate) { DayGiven = date.DayGiven };
                }
                if (saysUnknown)
                {
                    draft.SetUnknown(name);
                    return new AwaitedAnswer(name, AnswerKind.Unknown);
                }
                if (notYet.IsMatch(normalized) || draft.None.Contains(name))
                {
                    draft.SetNone(name);
                    return new AwaitedAnswer(name, AnswerKind.None);
                }
                return new AwaitedAnswer(name, asked ? AnswerKind.Question : AnswerKind.Unclear);
            }
            case FactKind.YesNo:
            {
                // "lol no. ... he gets her maybe an hour a day": the no after a filler is the answer, not the "maybe" after it.
                // "a veces si a veces no, depende si viene la terapista": an answer that opens with "not fully" is a no, whatever doubt follows it.
                var afterFiller = acknowledgements.Match(normalized) is { } filler ? normalized[(filler.Index + filler.Length)..].TrimStart() : normalized;
                if (saysUnknown && !yes.IsMatch(afterFiller) && !no.IsMatch(afterFiller) && notFully.Match(normalized) is not { Index: 0 } || UnknownFirst(normalized) || UnknownFirst(FirstClause(raw)))
                {
                    draft.SetUnknown(name);
                    return new AwaitedAnswer(name, AnswerKind.Unknown);
                }
                if (!asked && DoubtAfterBut().IsMatch(normalized) && (yes.IsMatch(normalized) || no.IsMatch(normalized)))
                {
                    // "creo que si, pero la verdad no se si le dan todos los minutos", "yes but im not sure he gets all of
                    // them": the doubt that follows takes the yes back (found trying the bot as a parent).
                    draft.SetUnknown(name);
                    return new AwaitedAnswer(name, AnswerKind.Unknown);
                }
                if (notFully.Match(normalized) is { } partly)
                {
                    // "I have some of it, not everything", "un poquito pero no lo suficiente": not fully is no.
                    draft.Set(name, false);
                    return new AwaitedAnswer(name, AnswerKind.Value, false) { HasMore = normalized.Length > partly.Length + 1 };
                }
                // "ok" / "vale" acknowledge what was asked and answer nothing (GUIDE.md G4): only what follows them counts
                // ("ok, no" is no; "ok" alone is unclear, and the chat asks once more).
                var answered = acknowledgements.Match(normalized) is { } ack ? normalized[(ack.Index + ack.Length)..].TrimStart() : normalized;
                // A question is not an answer: "¿y ahora qué hago?" starts with "y" and "no puedo pedirlo yo?" with "no".
                var isNo = asked ? null : no.Match(answered);
                var isYes = asked ? null : yes.Match(answered);
                if (isNo is not null || isYes is not null)
                {
                    // "no. he's supposed to get breaks..." is no, plus what else it says.
                    var value = isNo is not null && (isYes is null || isNo.Length >= isYes.Length);
                    var answer = !value;
                    var used = (value ? isNo : isYes)!;
                    // "no estoy nada de acuerdo con lo que dicen" asked whether the parent disagrees: the bare "no" runs on into
                    // the fact's own phrase, which says the opposite, and the phrase is the answer.
                    if (draft.Values.TryGetValue(name, out var phrased) && phrased is bool said && said != answer && RunsOn(raw, normalized, answered, used.Length))
                    {
                        return new AwaitedAnswer(name, AnswerKind.Value, said) { HasMore = true };
                    }
                    draft.Set(name, answer);
                    return new AwaitedAnswer(name, AnswerKind.Value, answer) { HasMore = answered.Length > used.Length + 1 };
                }
                if (draft.Values.TryGetValue(name, out var stated))
                {
                    return new AwaitedAnswer(name, AnswerKind.Value, stated);
                }
                if (draft.Unknown.Contains(name) || (!asked && partlyAnswers.IsMatch(normalized)))
                {
                    // "mas o menos, tengo unos mensajes con la maestra" to "Have you written down your concerns?": neither
                    // yes nor no, so not known; it got "I need a yes or a no" (found trying the bot as a parent).
                    draft.SetUnknown(name);
                    return new AwaitedAnswer(name, AnswerKind.Unknown);
                }
                return new AwaitedAnswer(name, asked ? AnswerKind.Question : AnswerKind.Unclear);
            }
            case FactKind.Count:
            {
                // "she's almost 10" is 9: an age is read as an age before as a number.
                if (name == FactNames.ChildAge && !asked && AgeReader.Read(normalized) is { } age)
                {
                    draft.Set(name, age);
                    return new AwaitedAnswer(name, AnswerKind.Value, age);
                }
                if (CountIn(normalized) is { } count && !asked)
                {
                    draft.Set(name, count);
                    return new AwaitedAnswer(name, AnswerKind.Value, count);
                }
                if (saysUnknown)
                {
                    draft.SetUnknown(name);
                    return new AwaitedAnswer(name, AnswerKind.Unknown);
                }
                if (notYet.IsMatch(normalized) || ZeroWords().IsMatch(normalized))
                {
                    draft.Set(name, 0);
                    return new AwaitedAnswer(name, AnswerKind.Value, 0);
                }
                return new AwaitedAnswer(name, asked ? AnswerKind.Question : AnswerKind.Unclear);
            }
            case FactKind.State:
            {
                if (!asked && states.ReadAnswer(raw) is { } code)
                {
                    draft.Set(name, code);
                    return new AwaitedAnswer(name, AnswerKind.Value, code);
                }
                if (saysUnknown)
                {
                    draft.SetUnknown(name);
                    return new AwaitedAnswer(name, AnswerKind.Unknown);
                }
                return new AwaitedAnswer(name, asked ? AnswerKind.Question : AnswerKind.Unclear);
            }
            case FactKind.Concerns:
            {
                var areas = concerns.ReadAnswer(normalized);
                if (!asked && areas.Count > 0)
                {
                    draft.AddConcerns(areas);
                    return new AwaitedAnswer(name, AnswerKind.Value, areas);
                }
                if (saysUnknown)
                {
                    draft.SetUnknown(name);
                    return new AwaitedAnswer(name, AnswerKind.Unknown);
                }
                return new AwaitedAnswer(name, asked ? AnswerKind.Question : AnswerKind.Unclear);
            }
            default:
                return new AwaitedAnswer(name, AnswerKind.Unclear);
        }
    }

    private AwaitedAnswer ReadLetterField(string field, LetterFieldKind kind, string raw, string normalized, bool asked, DateOnly today, FactDraft draft)
    {
        if (asked)
        {
            return new AwaitedAnswer(field, AnswerKind.Question);
        }
        if (kind is not LetterFieldKind.Text && AnswerAfterDoubt(raw, kind) is { } tail)
        {
            // "i dont know which school name they want, its lincoln elementary": the doubt is about the question, the
            // last clause answers it. Only a value of the field's own shape counts ("no se cual quieren, es dificil" stays unknown).
            // A school is the clause as written ("escuela Lincoln"), not the name the whole message's reading kept.
            var answer = kind is LetterFieldKind.School or LetterFieldKind.District
                ? PlainPlace(tail) is { } place ? new AwaitedAnswer(field, AnswerKind.Value, place) : null
                : ReadLetterField(field, kind, tail, TextNormalizer.Normalize(tail), false, today, draft);
            if (answer is { Kind: AnswerKind.Value, Value: string tailValue })
            {
                draft.Details = draft.Details.With(field, tailValue);
                return answer;
            }
        }
        if (declines.IsMatch(normalized) || UnknownFirst(normalized) || (unknown.IsMatch(normalized) && kind is not LetterFieldKind.Email and not LetterFieldKind.Phone))
        {
            draft.SetUnknownField(field);
            return new AwaitedAnswer(field, AnswerKind.Unknown);
        }
        if (kind is LetterFieldKind.PersonName && states.NameFieldPlace(raw) is { } state)
        {
            // "Ohio" / "we're in Texas" typed at "What name should you sign the letter with?" was signed "Ohio" (found
            // trying the bot as a parent): a place, not a person. The state is still the family's, told: kept as the fact.
            draft.Set(FactNames.State, state);
            return new AwaitedAnswer(field, AnswerKind.OtherKind);
        }
        if (field is LetterFields.ParentName or LetterFields.ChildName
            && (normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(placeWords.Contains) || IsThePlaceStated(raw, draft.Details)))
        {
            // The parent's or the child's name, never a school's ("Lincoln Elementary", "Fresno Unified"). A recipient is
            // often named with their district ("the director at Fresno Unified"): read as before.
            return new AwaitedAnswer(field, AnswerKind.OtherKind);
        }
        if (field is LetterFields.ParentName or LetterFields.ChildName
            && (TitleThenName(raw) is ({ }, { }) || NamedWithTitle(raw) is ({ }, { }) || jobTitles.Contains(TheDropped(normalized))))
        {
            // "the case manager, mr kim" typed at "What name should you sign the letter with?": a school's staff member
            // by their job, not the parent or the child (it was signed "the case manager, mr kim").
            return new AwaitedAnswer(field, AnswerKind.OtherKind);
        }
        if (kind is LetterFieldKind.School or LetterFieldKind.District && IsATitledPerson(raw))
        {
            // "Mrs. Johnson" typed at "Which school does your child go to?" (the teacher's name): a person, not a school.
            // "Dr. Martin Luther King Jr. Elementary" has its place word and stays a school.
            return new AwaitedAnswer(field, AnswerKind.OtherKind);
        }
        if (field == LetterFields.RecipientName && (NamedWithTitle(raw) is ({ }, { }) ? NamedWithTitle(raw) : TitleThenName(raw)) is ({ } named, { } title))
        {
            // "Mr. Gomez, the principal": the recipient's name, and the job title the letter also asks for.
            draft.Details = draft.Details.With(field, named).With(LetterFields.RecipientTitle, title);
            return new AwaitedAnswer(field, AnswerKind.Value, named);
        }
        if (kind is LetterFieldKind.PersonName && field is not (LetterFields.ParentName or LetterFields.ChildName)
            && NamedWithPlace(raw) is { } person)
        {
            // "Dr. Lee, Fresno Unified": the recipient, with where they work (the district detail is kept beside it).
            draft.Details = draft.Details.With(field, person);
            return new AwaitedAnswer(field, AnswerKind.Value, person);
        }
        string? value = kind switch
        {
            LetterFieldKind.Email => EmailShape().Match(raw) is { Success: true } e ? e.Value : null,
            LetterFieldKind.Phone => PhoneShape().Match(raw) is { Success: true } p ? p.Value.Trim() : null,
            LetterFieldKind.Date => NaturalDateParser.Parse(raw, today) is { ExplicitYear: true, DayGiven: true } d ? d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            LetterFieldKind.Grade => details.Grade(normalized) ?? BareGrade(normalized) ?? details.GradeAnswer(normalized),
            LetterFieldKind.PersonName => PersonName(raw) ?? NameInLastClause(raw),
            LetterFieldKind.School => draft.Details.School ?? PlainPlace(raw),
            LetterFieldKind.District => draft.Details.District ?? PlainPlace(raw),
            LetterFieldKind.Text => Plain(raw),
            _ => null,
        };
        if (value is null)
        {
            if (unknown.IsMatch(normalized))
            {
                draft.SetUnknownField(field);
                return new AwaitedAnswer(field, AnswerKind.Unknown);
            }
            return new AwaitedAnswer(field, AnswerKind.Unclear);
        }
        draft.Details = draft.Details.With(field, value);
        return new AwaitedAnswer(field, AnswerKind.Value, value);
    }

    /// <summary>"the principal" → "principal": a job title as said, without its article.</summary>
    private static string TheDropped(string normalized) =>
        normalized.Split(' ', 2) is [ "the" or "el" or "la" or "his" or "her" or "su", var rest ] ? rest : normalized;

    /// <summary>An honorific and a name, nothing of a place: "Mrs. Johnson", "Sra. Pérez", "Dr Karen Webb".</summary>
    private bool IsATitledPerson(string raw)
    {
        var words = TextNormalizer.Normalize(raw).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && honorifics.Contains(words[0]) && !words.Any(placeWords.Contains) && PersonName(raw) is not null;
    }

    /// <summary>
    /// A person's name as written, without "Dear", "it's", "her name is", quotes and final punctuation; honorifics kept.
    /// Every word must be a word of a name: letters only, none of the small words of a sentence ("i", "dont", "know").
    /// </summary>
    private string? PersonName(string raw)
    {
        var text = Trimmed(raw);
        var lead = nameLeadIn.Match(TextNormalizer.Normalize(text));
        if (lead is not null)
        {
            text = DropWords(text, lead.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && NameArticle().IsMatch(words[0]) && honorifics.Contains(TextNormalizer.Normalize(words[1])))
        {
            // "es la sra. Okafor": the lead-in "es", then the article Spanish puts before a title.
            words = words[1..];
        }
        if (words.Length is 0 or > 5)
        {
            return null;
        }
        var start = honorifics.Contains(TextNormalizer.Normalize(words[0])) ? 1 : 0;
        if (start == 1 && char.IsLower(words[0][0]))
        {
            // "ms. Okafor" typed on a phone is greeted "Dear Ms. Okafor", as DetailsReader writes a titled recipient.
            words[0] = DetailsReader.WithCapitalHonorific(words[0]);
        }
        if (start == words.Length)
        {
            return null;
        }
        for (var i = start; i < words.Length; i++)
        {
            var w = words[i];
            // "de la Cruz", "van der Berg": small words inside a name, never its last word.
            if (i > start && i < words.Length - 1 && NameParticle().IsMatch(w))
            {
                continue;
            }
            if (!NameWord().IsMatch(w) || notNames.Contains(TextNormalizer.Normalize(w)))
            {
                return null;
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>"Dr. Lee, Fresno Unified", "Ms. Ortiz - Lincoln Elementary": a name, then the school or district it belongs to.</summary>
    /// <summary>
    /// "its Austin ISD" where a name is asked: the message's own school or district reading ("Austin ISD") is all the
    /// answer names, so it is a place, not a person (short district words like "ISD" are not place words).
    /// </summary>
    private bool IsThePlaceStated(string raw, LetterDetails details)
    {
        if ((details.District ?? details.School) is not { Length: > 0 } place)
        {
            return false;
        }
        var name = PersonName(raw);
        return name is null || place.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(place, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Mr. Gomez, the principal" → ("Mr. Gomez", "principal"); null unless what follows the name is a job title.</summary>
    private (string? Name, string? Title) NamedWithTitle(string raw)
    {
        var cut = NameEnd(raw);
        if (cut <= 0)
        {
            // "mr kim the case manager": no comma, the article opens the title.
            cut = TitleArticle().Match(raw) is { Success: true } article ? article.Index : -1;
        }
        if (cut <= 0)
        {
            return (null, null);
        }
        var rest = raw[cut..].Trim(',', '(', ')', '–', '—', '-', ' ', '.');
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && TextNormalizer.Normalize(words[0]) is "the" or "our" or "his" or "her" or "el" or "la" or "su" or "nuestra" or "nuestro")
        {
            words.RemoveAt(0);
        }
        var title = string.Join(' ', words);
        return jobTitles.Contains(TextNormalizer.Normalize(title)) && PersonName(raw[..cut]) is { } name ? (name, title) : (null, null);
    }

    /// <summary>
    /// "the principal i guess, Mr Alvarez", "principal Mr. Alvarez", "la directora, Sra. Pérez" → the name and the job title
    /// said before it (a hedge or "the" around the title dropped); null unless the words before the name are a job title.
    /// </summary>
    private (string? Name, string? Title) TitleThenName(string raw)
    {
        var text = Trimmed(raw);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var comma = text.LastIndexOf(',');
        var (before, after) = comma > 0
            ? (text[..comma], text[(comma + 1)..].Trim())
            : Array.FindIndex(words, 1, w => honorifics.Contains(TextNormalizer.Normalize(w))) is var at and > 0
                ? (string.Join(' ', words[..at]), string.Join(' ', words[at..]))
                : ("", "");
        if (before.Length == 0 || after.Length == 0 || PersonName(after) is not { } name)
        {
            return (null, null);
        }
        var titleWords = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "to the principal, Mrs. Whitfield", "a la directora, sra. Whitfield": whom the letter is to, said with its "to"
        // (it was written "Estimado(a) a la directora, sra. Whitfield:"); the lead-in is no part of the title.
        while (titleWords.Count > 1 && TextNormalizer.Normalize(titleWords[0]) is "the" or "our" or "his" or "her" or "its" or "el" or "la" or "su" or "es"
            or "to" or "for" or "a" or "al" or "para")
        {
            titleWords.RemoveAt(0);
        }
        var title = string.Join(' ', titleWords);
        // "the principal i guess": the hedge after the title is no part of it.
        var normalizedTitle = TextNormalizer.Normalize(title);
        if (hedges.Matches(normalizedTitle).FirstOrDefault(m => m.Index > 0 && m.Index + m.Length == normalizedTitle.Length) is { } hedge)
        {
            title = string.Join(' ', titleWords.Take(titleWords.Count - hedge.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
        }
        return jobTitles.Contains(TextNormalizer.Normalize(title)) ? (name, title) : (null, null);
    }

    [GeneratedRegex(@"\s(the|our|his|her|el|la|su)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleArticle();

    /// <summary>Where a name given with more after it ends: "Dr. Lee, …", "Ms. Patel (…)", "Ms. Ortiz - …"; -1 if nothing follows.</summary>
    private static int NameEnd(string raw) =>
        raw.IndexOfAny([',', '(', '–', '—']) is var c and > 0 ? c : raw.IndexOf(" - ", StringComparison.Ordinal);

    private string? NamedWithPlace(string raw)
    {
        var cut = NameEnd(raw);
        if (cut <= 0)
        {
            return null;
        }
        var place = TextNormalizer.Normalize(raw[cut..]);
        return place.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(placeWords.Contains) ? PersonName(raw[..cut]) : null;
    }

    /// <summary>A school, district or free-text answer: not a question, not a sentence about something else.</summary>
    private static string? Plain(string raw)
    {
        var text = Trimmed(raw);
        return text.Length is > 0 and <= 120 && text.Any(char.IsLetterOrDigit) && text.Split(' ').Length <= 12 ? text : null;
    }

    /// <summary>A school or district name given alone ("lincoln elementary"), not a sentence about it.</summary>
    private static string? PlainPlace(string raw)
    {
        var text = Plain(raw);
        return text is not null && text.Split(' ').Length <= 6 && !SentenceWords().IsMatch(TextNormalizer.Normalize(text)) ? text : null;
    }

    private static string Trimmed(string raw) =>
        raw.Trim().Trim('"', '\'', '“', '”', '‘', '’').TrimEnd('.', ',', '!', ';', ':').Trim();

    /// <summary>
    /// The message's clauses, at commas, stops and "but"; an honorific's stop is no clause end: "her name is ms. Okafor"
    /// was cut at "ms." and the letter went to "Okafor" (found trying the bot as a parent).
    /// </summary>
    private List<string> Clauses(string raw)
    {
        var parts = ClauseBreak().Split(raw.Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        for (var i = parts.Count - 1; i > 0; i--)
        {
            var last = parts[i - 1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            if (honorifics.Contains(TextNormalizer.Normalize(last)) && raw.Contains(last + ".", StringComparison.Ordinal))
            {
                parts[i - 1] = parts[i - 1] + ". " + parts[i];
                parts.RemoveAt(i);
            }
        }
        return parts;
    }

    /// <summary>
    /// A person named in the message's last clause after a name lead-in: "creo que es la coordinadora, es la sra. Okafor",
    /// "the sped coordinator? her name is ms. Okafor", "no se bien, la coordinadora se llama sra. Okafor" at a name
    /// question. Inside the clause only a lead-in of two words or more counts ("se llama", "her name is"): "to", "es"
    /// are in too many sentences. Null when the last clause names no one so.
    /// </summary>
    private string? NameInLastClause(string raw)
    {
        // A question mark ends a clause here too.
        var parts = Clauses(raw).SelectMany(p => p.Split('?', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (parts.Count == 0)
        {
            return null;
        }
        var words = parts[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length - 1; i++)
        {
            var rest = string.Join(' ', words[i..]);
            if (nameLeadIn.Match(TextNormalizer.Normalize(rest)) is { } lead && (i == 0 || lead.Value.Trim().Contains(' ', StringComparison.Ordinal))
                && PersonName(rest) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    private static string DropWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(count)).TrimStart(',', ' ');
    }

    /// <summary>
    /// The last clause of a message that opens with a doubt ("i dont know which ..., its X"), without its lead-in ("its",
    /// "es la"); null when there is no doubt, no later clause, or (for a school or district) the clause names no school.
    /// </summary>
    private string? AnswerAfterDoubt(string raw, LetterFieldKind kind)
    {
        var parts = Clauses(raw);
        if (parts.Count < 2)
        {
            return null;
        }
        var before = TextNormalizer.Normalize(string.Join(" ", parts.Take(parts.Count - 1)));
        if (!unknown.IsMatch(before) && !UnknownFirst(before))
        {
            return null;
        }
        var tail = AnswerLeadIn().Replace(parts[^1], "").Trim();
        if (tail.Length == 0 || unknown.IsMatch(TextNormalizer.Normalize(tail)))
        {
            return null;
        }
        return kind is LetterFieldKind.School or LetterFieldKind.District && !SchoolWord().IsMatch(tail) && !tail.Any(char.IsUpper) ? null : tail;
    }

    /// <summary>
    /// The bare yes or no word runs on into more words of its clause ("no estoy nada de acuerdo"), rather than standing
    /// alone before a comma or a stop ("no, la verdad sí estoy de acuerdo"); the normalized text has lost the punctuation,
    /// so the clauses are taken from the raw text.
    /// </summary>
    private static bool RunsOn(string raw, string normalized, string answered, int usedLength)
    {
        var start = normalized.Length - answered.Length;
        var at = 0;
        foreach (var part in AnswerPunctuation().Split(raw))
        {
            var words = TextNormalizer.Normalize(part);
            if (words.Length == 0)
            {
                continue;
            }
            var clauseEnd = at + words.Length;
            if (start <= clauseEnd)
            {
                return start + usedLength < clauseEnd;
            }
            at = clauseEnd + 1;
        }
        return false;
    }

    [GeneratedRegex(@"[,.;:!?\n]", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerPunctuation();

    /// <summary>The answer up to its first comma or stop ("no sé, no lo he leído todo" → "no se"), normalized.</summary>
    private static string FirstClause(string raw) =>
        AnswerPunctuation().Split(raw).Select(TextNormalizer.Normalize).FirstOrDefault(p => p.Length > 0) ?? "";

    private bool UnknownFirst(string normalized)
    {
        if (normalized is "no se" or "no lo se" or "nose")
        {
            return true;
        }
        var m = unknown.Match(normalized);
        return m is not null && m.Index == 0;
    }

    private static int? CountIn(string normalized)
    {
        var numbers = Numbers().Matches(normalized).Select(m => NumberValue(m.Value)).OfType<int>().ToList();
        // "8 or 9 days" is the larger (GUIDE.md E10).
        return numbers.Count == 0 ? null : numbers.Max();
    }

    private static int? NumberValue(string word) => int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : word switch
    {
        "one" or "uno" or "una" => 1, "two" or "dos" => 2, "three" or "tres" => 3, "four" or "cuatro" => 4, "five" or "cinco" => 5,
        "six" or "seis" => 6, "seven" or "siete" => 7, "eight" or "ocho" => 8, "nine" or "nueve" => 9, "ten" or "diez" => 10,
        "eleven" or "once" => 11, "twelve" or "doce" => 12, "fifteen" or "quince" => 15, "twenty" or "veinte" => 20,
        _ => null,
    };

    private static string? BareGrade(string normalized) => normalized switch
    {
        "k" or "kinder" => "K",
        "pk" or "prek" => "PK",
        _ when BareGradeNumber().Match(normalized) is { Success: true } m => m.Groups["n"].Value,
        _ => null,
    };

    /// <summary>The normalized clause is only fillers or acknowledgements ("ok", "lol ok", "omg"): it tells and answers nothing.</summary>
    public bool IsOnlyAcknowledgement(string normalized)
    {
        var rest = normalized.Trim();
        while (rest.Length > 0 && acknowledgements.Match(rest) is { Index: 0, Length: > 0 } ack)
        {
            rest = rest[ack.Length..].TrimStart();
        }
        return normalized.Length > 0 && rest.Length == 0;
    }

    private static PhraseSet Start(IEnumerable<string> phrases) => PhrasePattern.Compile(phrases).AtStart();

    [GeneratedRegex(@"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\b(i|he|she|they|we|goes|go|attends|is|are|was|my|his|her|it|its|va|es|estudia|mi|su|yo|el|ella|no|dont|know)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceWords();

    // A doubt about the very thing asked, after "but" / "pero": "..., but honestly i dont know if he gets them all".
    [GeneratedRegex(@"\b(?:but|pero|though|aunque)\b(?: (?:la verdad|honestly|really|tbh|i mean))? (?:(?:i )?(?:(?:really|honestly) )?(?:dont|do not) (?:really )?know|(?:im |i am )?not (?:really )?(?:sure|certain)|no (?:lo )?se|no estoy segur[oa])(?: (?:the truth|la verdad))? (?:if|whether|that|he|she|they|si|que)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DoubtAfterBut();

    [GeneratedRegex(@"\s*(?:[,;.!]+|\s+(?:but|pero)\s+)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(?:(?:it'?s|it’s|it is|that'?s|that is|es|se llama|its called|it's called|called|named)\s+)(?:(?:la|el)\s+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLeadIn();

    [GeneratedRegex(@"\b(elementary|school|middle|high|academy|charter|district|isd|usd|escuela|primaria|secundaria|preparatoria|colegio|academia|distrito)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SchoolWord();

    [GeneratedRegex(@"^(none|zero|never|cero|ninguno|ningun|nunca)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ZeroWords();

    // "3rd", "3er", "3ro"; "3º" / "3.º" / "3ª" (normalized "3o", "3 o", "3a"): the Spanish ordinal indicator, as a
    // Spanish-speaking parent writes a grade (the grade question asked "3.º" again before this).
    [GeneratedRegex(@"^(?<n>1[0-2]|[1-9])\s?(st|nd|rd|th|ro|ra|do|da|er|ero|era|to|ta|mo|ma|vo|va|no|na|o|a)?(\s+(grade|grado))?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareGradeNumber();

    [GeneratedRegex(@"^[\p{L}][\p{L}'’.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:la|el|the)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameArticle();

    [GeneratedRegex(@"^(de|del|la|las|los|van|von|der|den|da|di|du|le|y)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameParticle();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"(?<!\d)((\+?1[\s.-]?)?(\(\d{3}\)\s?|\d{3}[\s.-]?))?\d{3}[\s.-]?\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneShape();
}
