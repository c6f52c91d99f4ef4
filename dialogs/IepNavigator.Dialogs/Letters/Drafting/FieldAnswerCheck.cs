// Cases has its own LetterFields (the stored fields); this file reads the reader's field kinds.
using IepNavigator.Understanding.Reading;
using LetterFields = IepNavigator.Understanding.Reading.LetterFields;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>What the letters flow does with the answer to a field.</summary>
public enum FieldVerdictKind
{
    /// <summary>Put <see cref="FieldVerdict.Value"/> in the letter.</summary>
    Take,
    /// <summary>"I don't know", "skip", "no sé": a visible placeholder stands in the letter, never the words (<see cref="FieldVerdict.Reason"/> says why, when set).</summary>
    Blank,
    /// <summary>A question, or not that kind of answer: answer or explain, then ask the same field again (once).</summary>
    AskAgain,
}

/// <summary>The check's verdict; <see cref="Reason"/> is the messages.json key said before asking again.</summary>
public sealed record FieldVerdict(FieldVerdictKind Kind, string? Value = null, string? Reason = null, bool InSpanish = false);

/// <summary>
/// Checks an answer to a letter field by the field's kind, from the message reader's reading of it
/// (<see cref="AwaitedReplies"/>). A non-answer is never a value. A question is always answered and the field asked
/// again. "ok" or "yes" names nothing. An email, phone or date must have that form; a person's name must have a word of letters, and a name or a
/// school is not a bare date ("3rd" is no name, "march 3 2016" no school): asked again once, then left blank.
/// A free-text field (a name, the school, the grade, a letter's own sentence) takes what is typed — hostile text is data,
/// and a parent knows their school's name better than a vocabulary — less a lead-in the reader recognised ("his name
/// is", "Dear"). A sentence the reader found the field in ("he goes to Lincoln Elementary") gives that value.
/// </summary>
public static partial class FieldAnswerCheck
{
    public static FieldVerdict Judge(DialogContext dc, string field, string typed, bool askedAgain, AnswerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (vocabulary.IsAcknowledgement(typed) || vocabulary.IsFiller(typed) || vocabulary.YesOrNo(typed) is true)
        {
            // "ok" / "yes" / "vale" / "hmm" to "What is that person's job title?" acknowledges the question or thinks aloud
            // and names nothing: each went into the letter as the title (found trying the bot as a parent). Asked again
            // once, then left blank.
            return NotThatKind(askedAgain);
        }
        var reply = AwaitedReplies.For(dc, field);
        var reading = TurnMeaning.Of(dc);
        var kind = LetterFields.KindOf(field);
        if (reply is null)
        {
            // No reading (a suspicious message, a button): as typed, as before.
            return Take(field, typed, reading);
        }
        if (kind == LetterFieldKind.Date && reply.Kind is not (AnswerKind.Value or AnswerKind.Question) && IsADateWithoutItsDay(typed))
        {
            // "march 2018 i think", "no me acuerdo, creo q marzo del 2018" at the date of birth: a letter needs the whole
            // date, and a guessed day is never written; left blank, and the parent told why (it was left blank unsaid).
            return new FieldVerdict(FieldVerdictKind.Blank, Reason: "letterField.wholeDate");
        }
        switch (reply.Kind)
        {
            case AnswerKind.Unknown or AnswerKind.None:
                return new FieldVerdict(FieldVerdictKind.Blank);
            case AnswerKind.Question:
                // Always answered, even after a wrong answer: "why do you need that?" left the field blank unexplained.
                return new FieldVerdict(FieldVerdictKind.AskAgain, Reason: "letterField.why");
            case AnswerKind.OtherKind:
                // "Fresno Unified" as the name to sign with: a district, not a person.
                return NotThatKind(askedAgain);
        }
        switch (kind)
        {
            case LetterFieldKind.Email or LetterFieldKind.Phone:
                return reply is { Kind: AnswerKind.Value, Value: string value } ? Take(field, value, reading) : NotThatKind(askedAgain);
            case LetterFieldKind.Date:
                // Read again by the flow (AsDateIfDateField), which keeps a date of birth as a date in either language.
                return reply.Kind == AnswerKind.Value || HasYear(typed) ? Take(field, typed, reading) : NotThatKind(askedAgain);
            case null:
                // A letter's own field (the concern in the parent's words): as typed, but "skip" / "idk" / "no sé" is no
                // concern: it went into the letter as "I would like the meeting to cover: skip" (found trying the bot).
                return vocabulary.IsUnknown(typed) ? new FieldVerdict(FieldVerdictKind.Blank) : Take(field, typed, reading);
            default:
                if (kind is LetterFieldKind.PersonName or LetterFieldKind.School or LetterFieldKind.District && IsOnlyADate(typed))
                {
                    // "march 3 2016" typed at "Which school does your child go to?" (a date of birth given late): not a school.
                    return NotThatKind(askedAgain);
                }
                if (reply is { Kind: AnswerKind.Value, Value: string found })
                {
                    // A name's lead-in is any words before it ("Dear", "her name is"); a school's is a clause ("he goes
                    // to"), since one word before it is part of the name ("Escuela Lincoln"). A grade stays as typed.
                    return Take(field, kind switch
                    {
                        LetterFieldKind.PersonName => WithoutLeadIn(typed, found, 1),
                        LetterFieldKind.School or LetterFieldKind.District => WithoutLeadIn(typed, found, 2),
                        _ => typed,
                    }, reading);
                }
                if (kind == LetterFieldKind.Grade && !askedAgain)
                {
                    // "la directora, se llama sra. Whitfield" at "What grade is your child in?" (the parent answering the
                    // question before it, found trying the bot) went into the letter as the grade: asked again once, and a
                    // grade we don't know the word for ("ungraded") is then taken as typed.
                    return NotThatKind(askedAgain);
                }
                if (kind == LetterFieldKind.PersonName && !LooksLikeAName(typed))
                {
                    // "3rd", "12": a grade or a number typed into a name, not a name (hostile text with words is still data).
                    return NotThatKind(askedAgain);
                }
                var stated = reading?.Details.Stated().FirstOrDefault(d => d.Key == field).Value;
                return Take(field, stated is { Length: > 0 } && typed.Contains(stated, StringComparison.Ordinal) ? stated : typed, reading);
        }
    }

    private static FieldVerdict NotThatKind(bool askedAgain) =>
        askedAgain ? new FieldVerdict(FieldVerdictKind.Blank) : new FieldVerdict(FieldVerdictKind.AskAgain, Reason: "letterField.notThatKind");

    /// <summary>
    /// Sentences of a letter's own fields and a job title written in Spanish are flagged in the English letter for the
    /// school; names, schools and dates read the same in any language.
    /// </summary>
    private static FieldVerdict Take(string field, string value, MessageReading? reading) =>
        new(FieldVerdictKind.Take, value,
            InSpanish: reading?.Language is "es" or "mixed" && LetterFields.KindOf(field) is null or LetterFieldKind.Text && field != LetterFields.ParentAddress);

    /// <summary>
    /// "his name is Tyler Carter" → "Tyler Carter": the reader's value when the message only adds words before it; a place
    /// also sheds the town after it ("hes at Pine Ridge Elementary in Orlando" → "Pine Ridge Elementary").
    /// </summary>
    private static string WithoutLeadIn(string typed, string found, int leadInWords)
    {
        var trimmed = typed.Trim().TrimEnd('.', ',', '!', ';', ':').Trim();
        if (leadInWords > 1 && trimmed.IndexOf(found, StringComparison.Ordinal) is var at and >= 0
            && TownAfterAPlace().IsMatch(trimmed[(at + found.Length)..]))
        {
            trimmed = trimmed[..(at + found.Length)];
        }
        // The reader writes a typed "ms." as "Ms.": the name found is the one typed, whatever the honorific's case.
        if (string.Equals(trimmed, found, StringComparison.OrdinalIgnoreCase))
        {
            return found;
        }
        if (trimmed.StartsWith(found, StringComparison.OrdinalIgnoreCase) && trimmed[found.Length..].TrimStart() is [',' or '-' or '–' or '—' or '(', ..])
        {
            // "Dr. Lee, Fresno Unified": the name, then where they work (kept by the reader as the district).
            return found;
        }
        return trimmed.EndsWith(found, StringComparison.OrdinalIgnoreCase)
            && trimmed[..^found.Length].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= leadInWords ? found : typed;
    }

    /// <summary>
    /// A name has at least one word of two or more letters and no digits ("Ana", "O'Brien"; not "3rd", "12", "K"), and is
    /// no sentence: "they had to answer my request by nov 2 and never did", typed at "Who should the letter go to?", is
    /// the parent telling what happened (seen trying the bot as a parent), not whom to write to.
    /// </summary>
    private static bool LooksLikeAName(string typed)
    {
        var words = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w.Count(char.IsLetter) >= 2 && !w.Any(char.IsDigit))
            && words.Length <= 8
            && words.Count(w => SentenceWord().IsMatch(w)) < 2;
    }

    // ", Orlando", " in Orlando FL", " en Houston": where the school is, after its name (one to three words).
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:,|\s(?:in|en|at)\s)\s*[\p{L}.'-]+(?:\s[\p{L}.'-]+){0,2}$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TownAfterAPlace();

    // Pronouns and verbs that tell something: no person's name or title has two of them (English and Spanish).
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:i|me|they|we|he|she|my|our|not|no|mi|nos|had|has|have|did|didn'?t|never|was|were|would|will|because|yo|ellos|nosotros|tenian|tenían|nunca|dijeron|porque)[.,!?]?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SentenceWord();

    /// <summary>"march 3 2016", "3/4/2016", "4 de marzo de 2017": a date and nothing else (English or Spanish month names).</summary>
    private static bool IsOnlyADate(string typed) =>
        System.Text.RegularExpressions.Regex.IsMatch(typed.Trim().TrimEnd('.', '!'),
            @"^(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
            + @"|(?:[a-zé]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)"
            + @"|(?:\d{1,2}\s+(?:de\s+)?[a-zé]{3,10}(?:,?\s+(?:de(?:l)?\s+)?\d{4})?))$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)
        && MonthNamed(typed);

    /// <summary>A numeric date, or one whose word is a month (so "Room 12" or "PS 123" stay names).</summary>
    private static bool MonthNamed(string typed) =>
        !typed.Any(char.IsLetter)
        || System.Text.RegularExpressions.Regex.IsMatch(typed,
            @"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-zé]*\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A year, maybe a month, and no day: "march 2018 i think", "creo q marzo del 2018", "3/2018", "2018". A number of one
    /// or two digits beside the year is a day ("4 de marzo de 2017"), and a date the reader read whole never comes here.
    /// </summary>
    private static bool IsADateWithoutItsDay(string typed)
    {
        if (!HasYear(typed))
        {
            return false;
        }
        var withoutYear = System.Text.RegularExpressions.Regex.Replace(typed, @"\b(?:0?[1-9]|1[0-2])[/.-](?=(?:19|20)\d\d\b)|\b(?:19|20)\d\d\b", " ");
        return !System.Text.RegularExpressions.Regex.IsMatch(withoutYear, @"\b\d{1,2}(?:st|nd|rd|th|ro|o|º)?\b");
    }

    private static bool HasYear(string typed) => System.Text.RegularExpressions.Regex.IsMatch(typed, @"\b(19|20)\d\d\b");
}
