using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// Letter fields read by their kind (issue 18): a non-answer is a visible placeholder, never the parent's words; a
/// question is answered and the field asked again once; an email must look like one; free text (hostile text included,
/// HostileFieldTests) is taken as typed; a Spanish sentence is flagged in the English letter; a correction at any time
/// re-issues the letter; "what do you know" lists the letter details. Asserted on channelData.iepNavigator.awaiting and
/// on the letters' text.
/// </summary>
public sealed class LetterFieldCheckTests : IDisposable
{
    private readonly LetterHarness _harness = new();
    private readonly MessageCatalog _messages;

    public LetterFieldCheckTests() => _messages = _harness.Services.GetRequiredService<MessageCatalog>();

    public void Dispose() => _harness.Dispose();

    private static readonly Dictionary<string, string> SpanishAnswers = new()
    {
        ["childName"] = "Sofía Ramírez",
        ["childDateOfBirth"] = "4 de marzo de 2017",
        ["school"] = "Escuela Lincoln",
        ["grade"] = "3.º",
        ["parentName"] = "Ana Ramírez",
        ["parentEmail"] = "ana@example.org",
        ["recipientName"] = "Dr. Lee",
        ["recipientTitle"] = "Director of Special Education",
    };

    [Fact]
    public async Task NonAnswer_LeavesAVisiblePlaceholder_NeverTheWords_AndThePreviewSaysWhatIsMissing()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["recipientName"] = ["i dont know who that is"] });

        var placeholder = "[Name of the person the letter is addressed to]";
        Assert.Contains(placeholder, turns["recipientName"][0].Joined(), StringComparison.Ordinal);
        Assert.Equal("recipientTitle", Awaiting(turns["recipientName"][0]));
        var letter = EnglishText(last);
        Assert.Contains("Dear " + placeholder, letter, StringComparison.Ordinal);
        Assert.DoesNotContain("dont know", letter, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(last, r => r.Text == _messages.Format("letterField.stillMissing", placeholder));
    }

    [Fact]
    public async Task QuestionInAField_IsAnsweredAndTheSameFieldAskedAgainOnce()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["parentEmail"] = ["do i have to give my email? can i just put my phone", "ana@example.org"] });

        var answered = turns["parentEmail"][0];
        Assert.Equal("parentEmail", Awaiting(answered));
        Assert.StartsWith(_messages.Format("letterField.why", "[Parent's email address]"), answered[^1].Text, StringComparison.Ordinal);
        Assert.Equal("recipientName", Awaiting(turns["parentEmail"][1]));
        var letter = EnglishText(last);
        Assert.Contains("ana@example.org", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("do i have to", letter, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("idk")]
    [InlineData("no sé")]
    public async Task NonAnswer_ToALettersOwnField_IsNoConcern_NeverWrittenIn(string answer)
    {
        // Found trying the bot as a parent: "skip" to "What do you want the meeting to cover?" went into the letter as
        // "I would like the meeting to cover: skip". A letter's own field takes free text, but never a non-answer.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (_, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["concernDetails"] = [answer] });

        var letter = EnglishText(last);
        Assert.DoesNotContain("What I have noticed", letter, StringComparison.Ordinal);
        Assert.DoesNotContain(": " + answer, letter, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("i dont have email, call me at 559-555-0142")]
    [InlineData("no tengo email, mejor mi telefono 559-555-0142")]
    public async Task NoEmail_WithAPhoneInstead_NotesThePhone_LeavesTheEmailBlank_AndGoesOn(string answer)
    {
        // Found trying the bot as a parent: the phone was noted and the email asked again, as if nothing had been said of it.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["parentEmail"] = [answer] });

        var replies = turns["parentEmail"][0];
        Assert.Equal("recipientName", Awaiting(replies));
        Assert.Contains(replies, r => r.Text?.Contains("559-555-0142", StringComparison.Ordinal) == true);
        var letter = EnglishText(last);
        Assert.Contains("559-555-0142", letter, StringComparison.Ordinal);
        Assert.Contains("[Parent's email address]", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("dont have", letter, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("draft the letter")]
    [InlineData("can you just write the letter")]
    [InlineData("write the letter")]
    public async Task LetterRequestedAtANameField_IsNoName_TheFieldIsAskedAgain(string request)
    {
        // "draft the letter" typed at "What is your child's full name?" went into the letter as the child's name.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["childName"] = [request, "Tyler Carter"] });

        var refused = turns["childName"][0];
        Assert.Equal("childName", Awaiting(refused));
        if (request == "draft the letter")
        {
            // The advice's own button, typed or tapped again: said what is happening.
            Assert.StartsWith(_messages["letterField.drafting"], refused[^1].Text, StringComparison.Ordinal);
        }
        var letter = EnglishText(last);
        Assert.Contains("Tyler Carter", letter, StringComparison.Ordinal);
        Assert.DoesNotContain(request, letter, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("hmm why do you need his birthday?")]
    [InlineData("why do you need that?")]
    public async Task WhyAskedOfAField_SaysWhyTheLetterNeedsIt_NotWhyTheStepMatters(string why)
    {
        // Seen trying the bot as a parent: "why do you need his birthday?" got the evaluation step's whole explanation.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["childDateOfBirth"] = [why, "March 3, 2018"] });

        var answered = turns["childDateOfBirth"][0];
        Assert.Equal("childDateOfBirth", Awaiting(answered));
        Assert.StartsWith(_messages.Format("letterField.why", "[Child's date of birth]"), answered[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answered, a => a.Text?.Contains("**", StringComparison.Ordinal) == true); // no step explanation
        Assert.Contains("2018", EnglishText(last), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maya Lopez", "why do you need that?")]
    [InlineData("shes in 4th grade", "what do you need that for?")]
    public async Task WhyAskedAfterAWrongAnswer_IsStillAnswered_NeverLeftBlankUnexplained(string wrong, string why)
    {
        // Seen trying the bot as a parent: a name typed at the birth date, then "why do you need that", got "No problem,
        // I'll leave it blank" with no answer to the question.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["childDateOfBirth"] = [wrong, why, "March 3, 2018"] });

        var answered = turns["childDateOfBirth"][1];
        Assert.Equal("childDateOfBirth", Awaiting(answered));
        Assert.Contains(answered, a => a.Text?.StartsWith(_messages.Format("letterField.why", "[Child's date of birth]"), StringComparison.Ordinal) == true);
        Assert.Contains("2018", EnglishText(last), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("march 3 2016")]
    [InlineData("3/4/2016")]
    [InlineData("4 de marzo de 2016")]
    public async Task ADateTypedAsTheSchool_IsAskedAgain_NeverWrittenIn(string date)
    {
        // Seen trying the bot as a parent: a birth date given late, at "Which school does your child go to?", went in as
        // the school's name.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["school"] = [date, "Jefferson Elementary"] });

        Assert.Equal("school", Awaiting(turns["school"][0]));
        var letter = EnglishText(last);
        Assert.Contains("Jefferson Elementary", letter, StringComparison.Ordinal);
        Assert.DoesNotContain(date, letter, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("do i have to give my email?")]
    [InlineData("tengo que dar mi correo?")]
    public async Task QuestionAlone_IsAnswered_AskedAgain_AndNeverWrittenIntoTheLetter(string question)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["parentEmail"] = [question, "ana@example.org"] });

        Assert.Equal("parentEmail", Awaiting(turns["parentEmail"][0]));
        Assert.StartsWith(_messages.Format("letterField.why", "[Parent's email address]"), turns["parentEmail"][0][^1].Text, StringComparison.Ordinal);
        var letter = EnglishText(last);
        Assert.Contains("ana@example.org", letter, StringComparison.Ordinal);
        Assert.DoesNotContain(question.TrimEnd('?'), letter, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("ana@example.org", _harness.Links.Orders.Values.Last().Fields["parentEmail"]);
    }

    [Theory]
    [InlineData("3rd")]
    [InlineData("12")]
    [InlineData("Columbus City Schools")] // a district typed into the signing name (seen trying the bot as a parent)
    [InlineData("Fresno Unified")]
    [InlineData("Lincoln Elementary")]
    [InlineData("they had to answer my request by nov 2 and never did")] // a sentence typed at a name (seen trying the bot as a parent)
    [InlineData("nunca me contestaron y ya pasaron dos meses")]
    public async Task PersonName_ThatDoesNotLookLikeAName_IsAskedAgain_NeverWrittenIn(string notAName)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["parentName"] = [notAName, "Ana Rivera"] });

        Assert.Equal("parentName", Awaiting(turns["parentName"][0]));
        var letter = EnglishText(last);
        Assert.Contains("Ana Rivera", letter, StringComparison.Ordinal);
        Assert.Equal("Ana Rivera", _harness.Links.Orders.Values.Last().Fields["parentName"]);
    }

    [Theory]
    [InlineData("la directora, se llama sra. Whitfield")] // the question before it answered late (seen trying the bot as a parent)
    [InlineData("Ms. Whitfield, the principal")]
    public async Task Grade_ThatNamesNoGrade_IsAskedAgain_NeverWrittenIn(string notAGrade)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["grade"] = [notAGrade, "4th"] });

        Assert.Equal("grade", Awaiting(turns["grade"][0]));
        Assert.NotEqual("grade", Awaiting(turns["grade"][1]));
        Assert.DoesNotContain("Whitfield", EnglishText(last), StringComparison.Ordinal);
        Assert.Equal("4th", _harness.Links.Orders.Values.Last().Fields["grade"]);
    }

    [Theory]
    [InlineData("first")]
    [InlineData("shes in sixth")]
    [InlineData("sexto")]
    [InlineData("junior")]
    [InlineData("3rd")]
    [InlineData("3.º")] // the Spanish ordinal indicator (SpanishLetterTests' grade)
    [InlineData("3º")]
    [InlineData("3ª")]
    [InlineData("3er")]
    [InlineData("3ro")]
    [InlineData("tercero de primaria")]
    [InlineData("kinder")]
    [InlineData("pre-k")]
    public async Task Grade_SaidByItsOrdinalAlone_IsTakenAtOnce(string grade)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, _) = await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["grade"] = [grade] });

        Assert.NotEqual("grade", Awaiting(turns["grade"][0]));
        Assert.Equal(grade, _harness.Links.Orders.Values.Last().Fields["grade"]);
    }

    [Fact]
    public async Task Grade_WeHaveNoWordFor_IsTakenWhenTypedAgain()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, _) = await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["grade"] = ["ungraded", "ungraded"] });

        Assert.Equal("grade", Awaiting(turns["grade"][0]));
        Assert.Equal("ungraded", _harness.Links.Orders.Values.Last().Fields["grade"]);
    }

    [Fact]
    public async Task PersonName_WithAWordOfASchoolPhrase_IsStillAName()
    {
        // "junior" is part of "junior high" in the school words, and part of many a parent's name.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, _) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["parentName"] = ["Robert Lee Junior"] });

        Assert.NotEqual("parentName", Awaiting(turns["parentName"][0]));
        Assert.Equal("Robert Lee Junior", _harness.Links.Orders.Values.Last().Fields["parentName"]);
    }

    [Theory]
    [InlineData("i dont know which school name they want, its lincoln elementary", "lincoln elementary")]
    [InlineData("no se cual nombre quieren, es la escuela Lincoln", "escuela Lincoln")]
    public async Task NotKnowingWhatIsWanted_ThenAnswering_IsAnAnswer(string answer, string school)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["school"] = [answer] });

        Assert.NotEqual("school", Awaiting(turns["school"][0]));
        var letter = EnglishText(last);
        Assert.Contains(school, letter, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(school, _harness.Links.Orders.Values.Last().Fields["school"], ignoreCase: true);
        Assert.DoesNotContain("dont know", letter, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NotAnEmail_IsAskedAgainOnce_ThenLeftBlank_NeverWrittenIn()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["parentEmail"] = ["Maria Carter", "Maria Carter"] });

        Assert.Equal("parentEmail", Awaiting(turns["parentEmail"][0]));
        Assert.Contains(_messages.Format("letterField.notThatKind", "Parent's email address"), turns["parentEmail"][0].Joined(), StringComparison.Ordinal);
        Assert.Equal("recipientName", Awaiting(turns["parentEmail"][1]));
        var letter = EnglishText(last);
        Assert.Contains("[Parent's email address]", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria Carter", letter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hmm")]
    [InlineData("umm lol")]
    [InlineData("mmm")]
    public async Task ThinkingAloudAtAField_IsAskedAgain_NeverWrittenIn(string filler)
    {
        // Seen trying the bot as a parent: "hmm" at "What is that person's job title?" went into the letter under the name.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["recipientTitle"] = [filler, "Principal"] });

        Assert.Equal("recipientTitle", Awaiting(turns["recipientTitle"][0]));
        var letter = EnglishText(last);
        Assert.Contains("Principal", letter, StringComparison.Ordinal);
        Assert.DoesNotContain(filler, letter.Split('\n'), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SchoolInASentenceWithItsTown_GoesInAsTheSchool_AndTheTitleBeforeTheName_IsTheTitle()
    {
        // Seen trying the bot as a parent: the letter read "School: hes at Pine Ridge Elementary in Orlando" and
        // "Dear the principal i guess, Mr Alvarez," and then asked for the job title it had been given.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["school"] = ["hes at Pine Ridge Elementary in Orlando"], ["recipientName"] = ["the principal i guess, Mr Alvarez"] });

        var letter = EnglishText(last);
        Assert.Contains("School: Pine Ridge Elementary\n", letter.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Dear Mr Alvarez,", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("i guess", letter, StringComparison.Ordinal);
        Assert.False(turns.ContainsKey("recipientTitle"));
    }

    [Fact]
    public async Task NameWithALeadIn_GoesInWithoutIt()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (_, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"),
            new() { ["childName"] = ["his name is Tyler Carter"], ["recipientName"] = ["Dear Mrs. Alvarez,"] });

        var letter = EnglishText(last);
        Assert.Contains("evaluation of Tyler Carter", letter, StringComparison.Ordinal);
        Assert.Contains("Dear Mrs. Alvarez", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("his name is", letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpanishChat_NonAnswerIsAPlaceholderInEachLanguage_AndASpanishSentenceIsFlaggedInTheEnglishLetter()
    {
        var client = _harness.Client(locale: "es-US");
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(
            client, "Me preocupa mucho la lectura de mi hijo", ["Todavía no la he pedido", "no", "no"]);
        Assert.NotNull(advice);

        var answers = new Dictionary<string, Queue<string>> { ["recipientName"] = new(["no se el nombre"]) };
        var (turns, last) = await DraftAsync(client, await client.SendAsync("Redactar la carta"), answers, SpanishAnswers, OwnSpanish);

        Assert.Contains("[Nombre de la persona a quien va dirigida la carta]", turns["recipientName"][0].Joined(), StringComparison.Ordinal);
        var (english, copy) = SchoolLetterAndCopy(last);
        Assert.Contains("Dear [Name of the person the letter is addressed to]", english, StringComparison.Ordinal);
        Assert.DoesNotContain("no se el nombre", english, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[Nombre de la persona a quien va dirigida la carta]", copy, StringComparison.Ordinal);
        // Names and the school read the same in any language: not flagged.
        Assert.Contains("Escuela Lincoln", english, StringComparison.Ordinal);
        Assert.DoesNotContain("[In Spanish:", english, StringComparison.Ordinal);

        // The next letter asks its own sentence: in Spanish, it is flagged in the English letter and as typed in the copy.
        await client.SendAsync("la envié hoy");
        (_, last) = await DraftAsync(client, await client.SendAsync("Redactar la carta"), [], SpanishAnswers, OwnSpanish);
        (english, copy) = SchoolLetterAndCopy(last);
        Assert.Contains($"[In Spanish: {OwnSpanish}]", english, StringComparison.Ordinal);
        Assert.Contains(OwnSpanish, copy, StringComparison.Ordinal);
        Assert.DoesNotContain("In Spanish", copy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("la coordinadora de educación especial", "Special Education Coordinator")]
    [InlineData("Directora", "Principal")]
    [InlineData("la consejera.", "School Counselor")]
    public async Task SpanishChat_ASpanishJobTitle_IsTheEnglishTitleInTheSchoolsLetter_AndAsTypedInTheCopy(string typed, string english)
    {
        // Found trying the bot as a parent: "coordinadora de educacion especial" went under the name in the English letter.
        var client = _harness.Client(locale: "es-US");
        var (advice, _) = await StageConversationTests.RunToAdviceAsync(
            client, "Me preocupa mucho la lectura de mi hijo", ["Todavía no la he pedido", "no", "no"]);
        Assert.NotNull(advice);

        var answers = new Dictionary<string, Queue<string>> { ["recipientTitle"] = new([typed]) };
        var (_, last) = await DraftAsync(client, await client.SendAsync("Redactar la carta"), answers, SpanishAnswers, OwnSpanish);

        var (school, copy) = SchoolLetterAndCopy(last);
        Assert.Contains(english, school, StringComparison.Ordinal);
        Assert.DoesNotContain(typed.TrimEnd('.'), school, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("[In Spanish:", school, StringComparison.Ordinal);
        Assert.Contains(typed.TrimEnd('.'), copy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishChat_ATitleThatIsAlsoSpanish_StaysAsTyped()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (_, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["recipientTitle"] = ["Director"] });

        // The title's own line under the recipient's name (the cc line may name a principal).
        var letter = EnglishText(last).ReplaceLineEndings("\n");
        Assert.Matches("(?m)^Director$", letter);
        Assert.DoesNotMatch("(?m)^Principal$", letter);
    }

    [Theory]
    [InlineData("principal", "Principal")]
    [InlineData("sped coordinator", "SPED Coordinator")]
    [InlineData("director of special education", "Director of Special Education")]
    [InlineData("Assistant principal", "Assistant principal")]
    public async Task EnglishChat_ATitleTypedInLowerCase_IsCapitalizedUnderTheName(string typed, string written)
    {
        // Found trying the bot as a parent: "the principal i guess, Mr. Dawson" put "principal" under his name.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);

        var (_, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["recipientTitle"] = [typed] });

        var letter = EnglishText(last).ReplaceLineEndings("\n");
        Assert.Matches("(?m)^" + System.Text.RegularExpressions.Regex.Escape(written) + "$", letter);
        Assert.DoesNotMatch("(?m)^" + System.Text.RegularExpressions.Regex.Escape(typed) + "$", typed == written ? "" : letter);
    }

    private const string OwnSpanish = "Lee muy despacio y se frustra cuando tiene que leer en voz alta.";

    private (string English, string Copy) SchoolLetterAndCopy(IEnumerable<IMessageActivity> replies)
    {
        var downloads = replies.Downloads();
        return (DocxText(_harness.Download(downloads.Attachments[0].ContentUrl).Content), DocxText(_harness.Download(downloads.Attachments[1].ContentUrl).Content));
    }

    [Theory]
    [InlineData("change my email to new.address@example.org", "parentEmail", "new.address@example.org")]
    [InlineData("his name is Tyler Carter. fix it", "childName", "Tyler Carter")]
    public async Task CorrectionAfterDrafting_ChangesTheField_SaysSo_AndReissuesTheLetter(string correction, string field, string value)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await DraftAsync(client, await client.SendAsync("Draft the letter"), []);
        var issued = _harness.Links.Orders.Count;

        var replies = await client.SendAsync(correction);

        Assert.Contains(replies, r => r.Text?.StartsWith(_messages["letterField.changed"].Replace("{0}.", "", StringComparison.Ordinal), StringComparison.Ordinal) == true && r.Text.Contains(value, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, r => r.Text?.Contains(_messages["where.question"], StringComparison.Ordinal) == true);
        Assert.True(_harness.Links.Orders.Count > issued, "the letter was not re-issued");
        var letter = EnglishText(replies);
        Assert.Contains(value, letter, StringComparison.Ordinal);
        Assert.Equal(value, _harness.Links.Orders.Values.Last().Fields[field]);
    }

    [Fact]
    public async Task SpanishCorrection_OfTheRecipient_ReissuesTheLetter()
    {
        var client = _harness.Client(locale: "es-US");
        await StageConversationTests.RunToAdviceAsync(client, "Me preocupa mucho la lectura de mi hijo", ["Todavía no la he pedido", "no", "no"]);
        await DraftAsync(client, await client.SendAsync("Redactar la carta"), [], SpanishAnswers, OwnSpanish);
        var issued = _harness.Links.Orders.Count;

        var replies = await client.SendAsync("quiero cambiar a quien va dirigida, es la Sra. María Gómez");

        Assert.Contains(replies, r => r.Text?.Contains("María Gómez", StringComparison.Ordinal) == true && r.Text.StartsWith(Spanish(() => _messages["letterField.changed"].Replace("{0}.", "", StringComparison.Ordinal)), StringComparison.Ordinal));
        Assert.True(_harness.Links.Orders.Count > issued, "the letter was not re-issued");
        var (english, _) = SchoolLetterAndCopy(replies);
        Assert.Contains("María Gómez", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Dr. Lee", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftingAgain_AsksTheBlankFieldAgain_NeverReusesTheNonAnswer()
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["recipientName"] = ["not sure"] });

        var (turns, last) = await DraftAsync(client, await client.SendAsync("Draft the letter"), new() { ["recipientName"] = ["Dr. Lee"] });

        Assert.Contains("recipientName", turns.Keys);
        var letter = EnglishText(last);
        Assert.Contains("Dear Dr. Lee", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("not sure", letter, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("en-US", "what do you know about my case")]
    [InlineData("es-US", "qué sabes de mi caso")]
    public async Task WhatDoYouKnow_ListsTheLetterDetailsToo(string locale, string ask)
    {
        var client = _harness.Client(locale: locale);
        if (locale == "en-US")
        {
            await LetterWalkthrough.ReachAdviceAsync(client);
            await DraftAsync(client, await client.SendAsync("Draft the letter"), []);
        }
        else
        {
            await StageConversationTests.RunToAdviceAsync(client, "Me preocupa mucho la lectura de mi hijo", ["Todavía no la he pedido", "no", "no"]);
            await DraftAsync(client, await client.SendAsync("Redactar la carta"), [], SpanishAnswers, OwnSpanish);
        }

        var text = (await client.SendAsync(ask)).Joined();

        using (ContentLanguage.Begin(locale))
        {
            Assert.Contains(_messages["review.letterDetails"], text, StringComparison.Ordinal);
            Assert.Contains($"{_messages["letterField.parentEmail"]}: ana@example.org", text, StringComparison.Ordinal);
            Assert.Contains($"{_messages["letterField.recipientName"]}: Dr. Lee", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ok lets finish the letter")]
    [InlineData("Ana Lopez")]
    public async Task WhatDoYouKnow_MidLetter_ThenSomethingElse_GoesBackToTheLetter_NeverStuckOnThePick(string other)
    {
        // Seen trying the bot as a parent: after "what do you know" in the middle of a letter, every message got "Sorry,
        // I didn't catch that. Would you like to change any of these?" until a fact's name was typed.
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        var replies = await client.SendAsync("Draft the letter");
        var field = Awaiting(replies);
        Assert.NotNull(field);

        await client.SendAsync("what do you know about my case");
        var after = await client.SendAsync(other);

        Assert.DoesNotContain(after, r => r.Text?.Contains(_messages["prompt.retry"], StringComparison.Ordinal) == true);
        Assert.Equal(field, Awaiting(after));
    }

    /// <summary>
    /// Answers every field the letter asks (by channelData's awaiting): from <paramref name="script"/> first, in order, then
    /// the usual answers. Returns each field's turns and the replies of the last turn.
    /// </summary>
    private async Task<(Dictionary<string, List<IReadOnlyList<IMessageActivity>>> Turns, IReadOnlyList<IMessageActivity> Last)> DraftAsync(
        DialogTestClient client, IReadOnlyList<IMessageActivity> replies, Dictionary<string, string[]> script) =>
        await DraftAsync(client, replies, script.ToDictionary(p => p.Key, p => new Queue<string>(p.Value)), LetterWalkthrough.SharedAnswers, LetterWalkthrough.OwnFieldAnswer);

    private static async Task<(Dictionary<string, List<IReadOnlyList<IMessageActivity>>> Turns, IReadOnlyList<IMessageActivity> Last)> DraftAsync(
        DialogTestClient client, IReadOnlyList<IMessageActivity> replies, Dictionary<string, Queue<string>> script, IReadOnlyDictionary<string, string> usual, string own)
    {
        var turns = new Dictionary<string, List<IReadOnlyList<IMessageActivity>>>();
        for (var i = 0; i < 20 && Awaiting(replies) is { } field; i++)
        {
            var answer = script.TryGetValue(field, out var queue) && queue.Count > 0 ? queue.Dequeue() : usual.GetValueOrDefault(field) ?? own;
            replies = await client.SendAsync(answer);
            (turns.TryGetValue(field, out var list) ? list : turns[field] = []).Add(replies);
        }
        Assert.Null(Awaiting(replies));
        Assert.NotNull(replies.Downloads());
        return (turns, replies);
    }

    private static string? Awaiting(IReadOnlyList<IMessageActivity> replies) =>
        replies.Count > 0 && replies[^1].ChannelData is JObject data ? (string?)data["iepNavigator"]?["awaiting"] : null;

    private string EnglishText(IEnumerable<IMessageActivity> replies) =>
        System.Text.Encoding.UTF8.GetString(_harness.Download(replies.Downloads().Attachments.Single(a => a.Name.EndsWith(".txt", StringComparison.Ordinal)).ContentUrl).Content);

    private static string DocxText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    private static string Spanish(Func<string> read)
    {
        using var scope = ContentLanguage.Begin("es");
        return read();
    }
}
