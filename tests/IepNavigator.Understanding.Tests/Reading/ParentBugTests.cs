using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>Readings found wrong by trying the bot as a parent (issue 17), English and Spanish.</summary>
public sealed class ParentBugTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("she's reading at a 2nd grade level in 5th grade", "5")]
    [InlineData("está en quinto y lee a nivel de segundo grado", "5")]
    [InlineData("shes in 5th", "5")]
    public void SkillLevel_IsNotTheChildsGrade(string text, string grade)
    {
        Assert.Equal(grade, Reader.Read(text, Unprompted).Details.Grade);
    }

    [Theory]
    [InlineData("my daughter is 9, 4th grade in austin tx. she has an IEP", "TX")]
    [InlineData("we're in houston, tx and he has autism", "TX")]
    [InlineData("we live in tx", "TX")]
    [InlineData("here in san antonio tx", "TX")]
    [InlineData("vivimos en dallas tx y mi hijo tiene IEP", "TX")]
    [InlineData("we moved from raleigh nc to atlanta ga last year", "GA")]
    public void ALowerCaseCode_AfterACity_IsTheState(string text, string state)
    {
        // Found trying the bot as a parent: "4th grade in austin tx" was dropped (codes counted only in capitals).
        Assert.Equal(state, Reader.Read(text, Unprompted).Facts.State);
    }

    [Theory]
    [InlineData("the progress reports just say 'progressing' every time")]
    [InlineData("her progress report says she met 0 of 4 goals")]
    [InlineData("his progress reports are so vague i cant tell anything")]
    [InlineData("no, va igual o peor. y los reportes de progreso dicen q va bien pero no es cierto")]
    [InlineData("sus informes de progreso dicen que ya casi cumple la meta")]
    public void WhatTheProgressReportsSay_MeansTheParentGetsThem(string text)
    {
        // Found trying the bot as a parent: after this opening the bot asked "Do you get progress reports on the IEP goals?".
        Assert.True(Reader.Read(text, Unprompted with { KnownStage = Stage.IepInPlace }).Facts.HasProgressReports);
    }

    [Theory]
    [InlineData("im so done with this school. my son jayden (10, 5th grade) has ADHD and a 504", 10)]
    [InlineData("my daughter Mia, 7, has a speech delay and nobody listens", 7)]
    [InlineData("mi hija Valeria (11 años) tiene dislexia", 11)]
    public void AnAgeSetOffAfterTheChildsName_IsTheAge(string text, int age)
    {
        // Found trying the bot as a parent: "my son jayden (10, 5th grade)" noted no age.
        Assert.Equal(age, Reader.Read(text, Unprompted).Facts.ChildAge);
    }

    [Theory]
    [InlineData("my son Tyler, 3 times this week they called me to pick him up")]
    [InlineData("my son Jayden (2nd grade) has ADHD")]
    [InlineData("my daughter, 2 weeks ago, got sent home")]
    public void ANumberAfterTheChildsName_ThatIsNoAge_IsNoAge(string text)
    {
        Assert.Null(Reader.Read(text, Unprompted).Facts.ChildAge);
    }

    [Theory]
    [InlineData("he is in pe and ot twice a week")]
    [InlineData("she is in 2nd grade nd gets speech")]
    [InlineData("my son is in ms now")]
    [InlineData("he is in a sc class all day")]
    [InlineData("we are not in tx anymore")]
    [InlineData("do you know if tx has a shorter timeline")]
    public void ALowerCaseTwoLetterWord_IsNoState(string text)
    {
        Assert.Null(Reader.Read(text, Unprompted).Facts.State);
    }

    [Theory]
    [InlineData("¿y ahora qué hago?")]
    [InlineData("y ahora que hago?")]
    [InlineData("no puedo pedirlo yo?")]
    public void AQuestion_IsNotAYesOrANo_ToAYesNoQuestion(string text)
    {
        var reading = Reader.Read(text, Unprompted with { Awaiting = FactNames.BehaviorConcerns });

        Assert.NotEqual(AnswerKind.Value, reading.Answer!.Kind);
        Assert.DoesNotContain(FactNames.BehaviorConcerns, reading.StatedFacts);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no, he's fine", false)]
    [InlineData("sí", true)]
    [InlineData("yes?", true)]
    public void AYesOrANo_IsStillAnAnswer(string text, bool value)
    {
        var answer = Reader.Read(text, Unprompted with { Awaiting = FactNames.BehaviorConcerns }).Answer!;

        Assert.Equal(AnswerKind.Value, answer.Kind);
        Assert.Equal(value, answer.Value);
    }

    [Theory]
    [InlineData("she reads at a 2nd grade level")]
    [InlineData("lee a nivel de segundo grado")]
    public void SkillLevelAlone_SetsNoGrade(string text)
    {
        Assert.Null(Reader.Read(text, Unprompted).Details.Grade);
    }

    [Theory]
    [InlineData("her name is Lily Chen-Wong", "Lily Chen-Wong")]
    [InlineData("his name is Sean O'Brien", "Sean O'Brien")]
    [InlineData("my son Marco D'Angelo is 9", "Marco D'Angelo")]
    [InlineData("my daughter Ana de la Cruz has dyslexia", "Ana de la Cruz")]
    [InlineData("my son Ryan McDonald", "Ryan McDonald")]
    public void HyphenApostropheAndParticleNames_AreWhole(string text, string name)
    {
        Assert.Equal(name, Reader.Read(text, Unprompted).Details.ChildName);
    }

    [Theory]
    [InlineData("perdon ese es mi nombre, el de el es Diego Lopez Ramirez", "Diego Lopez Ramirez")]
    [InlineData("no, ese soy yo. el nombre de ella es Sofia Ramirez", "Sofia Ramirez")]
    [InlineData("el nombre del niño es Mateo Cruz", "Mateo Cruz")]
    public void SpanishChildNameSaidAfterAMixUp_IsTheChildsName(string text, string name)
    {
        // A parent who gave their own name at the child's name corrects it: "el de él es …" ("his is …").
        Assert.Equal(name, Reader.Read(text, Unprompted with { Awaiting = LetterFields.ChildDateOfBirth }).Details.ChildName);
    }

    [Theory]
    [InlineData("Maria de la Cruz")]
    [InlineData("Lily Chen-Wong")]
    [InlineData("Sean O'Brien")]
    public void NameAnswer_IsWhole(string text)
    {
        var answer = Reader.Read(text, Unprompted with { Awaiting = LetterFields.ChildName }).Answer!;
        Assert.Equal(AnswerKind.Value, answer.Kind);
        Assert.Equal(text, answer.Value);
    }

    [Theory]
    [InlineData("the teacher said to wait and see")]
    [InlineData("la maestra dice que hay que esperar")]
    public void TeacherSaysWait_IsTheSchoolSuggestingWaiting_AloneAndAsTheAnswer(string text)
    {
        Assert.True(Reader.Read(text, Unprompted).Facts.SchoolSuggestedWaiting);
        var answered = Reader.Read(text, Unprompted with { Awaiting = FactNames.SchoolSuggestedWaiting });
        Assert.True(answered.Facts.SchoolSuggestedWaiting);
        Assert.Equal(AnswerKind.Value, answered.Answer!.Kind);
    }

    [Theory]
    [InlineData("I haven't asked yet")]
    [InlineData("todavía no lo he pedido")]
    [InlineData("no, todavía no lo hemos pedido")]
    public void NotAskedYet_IsNoRequest(string text)
    {
        var reading = Reader.Read(text, Unprompted with { KnownStage = Stage.EvaluationRequested });
        Assert.Contains(FactNames.EvaluationRequestedOn, reading.None);
        Assert.Null(reading.Facts.EvaluationRequestedOn);
    }

    [Theory]
    [InlineData("Mr. Gomez, the principal", "Mr. Gomez", "principal")]
    [InlineData("Ms. Patel (special education director)", "Ms. Patel", "special education director")]
    [InlineData("Sra. Ruiz, la directora", "Sra. Ruiz", "directora")]
    public void RecipientWithTheirTitle_IsTheNameAndTheTitle(string text, string name, string title)
    {
        // Found trying the bot as a parent: the letter said "Dear Mr. Gomez, the principal,".
        var reading = Reader.Read(text, Unprompted with { Awaiting = LetterFields.RecipientName });
        Assert.Equal(name, reading.Answer!.Value);
        Assert.Equal(name, reading.Details.RecipientName);
        Assert.Equal(title, reading.Details.RecipientTitle);
    }

    [Theory]
    [InlineData("2 weeks ago i think, but honestly can you just help me write something to the school?", FactNames.LastIepReviewOn)]
    [InlineData("could you help me write an email to her teacher", null)]
    [InlineData("no se, pero me puedes ayudar a escribirle algo a la maestra?", FactNames.LastIepReviewOn)]
    public void AskingForHelpToWriteToTheSchool_IsALetterRequest(string text, string? awaiting)
    {
        // Found trying the bot as a parent: under the date question this read as telling (0.98) and the plan came back
        // instead of the letter.
        var reading = Reader.Read(text, Unprompted with { Awaiting = awaiting });
        Assert.Equal(Intent.DraftLetter, reading.Intent.Best);
        Assert.False(reading.Intent.Unsure);
    }

    [Theory]
    [InlineData("they send them but its just 'progressing'")]
    [InlineData("we get them every quarter, they dont say much")]
    [InlineData("i get those yeah")]
    public void TheyAreSent_ToTheProgressReportsQuestion_IsYes(string text)
    {
        // Found trying the bot as a parent: "they send them but its just 'progressing'" to "Do you get progress reports on
        // the IEP goals?" got "Sorry, I need a yes or a no".
        var reading = Reader.Read(text, Unprompted with { Awaiting = FactNames.HasProgressReports });
        Assert.Equal(AnswerKind.Value, reading.Answer!.Kind);
        Assert.Equal(true, reading.Facts.HasProgressReports);
    }

    [Theory]
    [InlineData("some of them i guess")]
    [InlineData("algunos creo")]
    public void SomeOfThem_ToAYesOrNoQuestion_IsNotKnown(string text)
    {
        // Found trying the bot as a parent: "some of them i guess" to "Do you have a copy of your child's full school
        // records?" got "Sorry, I need a yes or a no".
        var reading = Reader.Read(text, Unprompted with { Awaiting = FactNames.HasRecords });
        Assert.Equal(AnswerKind.Unknown, reading.Answer!.Kind);
        Assert.Null(reading.Facts.HasRecords);
    }

    [Fact]
    public void AQuestionBesideADateQuestionsAnswer_GivesNoDate()
    {
        // Found trying the bot as a parent: under "when was that decided?" this was read as decided yesterday ("a day").
        var reading = Reader.Read("what counts as a day? he gets sent home early alot too", Unprompted with { Awaiting = FactNames.DisciplineChangeOfPlacementOn });

        Assert.NotEqual(AnswerKind.Value, reading.Answer!.Kind);
        Assert.Null(reading.Facts.DisciplineChangeOfPlacementOn);
        var told = Reader.Read("they decided it on November 30, is that even allowed?", Unprompted with { Awaiting = FactNames.DisciplineChangeOfPlacementOn });
        Assert.Equal(new DateOnly(2026, 11, 30), told.Answer!.Value);
    }

    [Theory]
    [InlineData("the case manager, mr kim")]
    [InlineData("Mr. Gomez, the principal")]
    [InlineData("the principal")]
    [InlineData("la maestra, Sra. Pérez")]
    public void ASchoolStaffMemberWhereTheParentsNameIsAsked_IsNotTheirName(string text)
    {
        // Found trying the bot as a parent: the letter was to be signed "the case manager, mr kim".
        var reading = Reader.Read(text, Unprompted with { Awaiting = LetterFields.ParentName });
        Assert.Equal(AnswerKind.OtherKind, reading.Answer!.Kind);
        Assert.Null(reading.Details.ParentName);
        Assert.Equal("Mr. Kim Park", Reader.Read("Mr. Kim Park", Unprompted with { Awaiting = LetterFields.ParentName }).Answer!.Value);
    }

    [Theory]
    [InlineData("its Austin ISD")]
    [InlineData("Austin ISD")]
    [InlineData("es Houston ISD")]
    public void ADistrictWhereTheParentsNameIsAsked_IsNotTheirName(string text)
    {
        // Found trying the bot as a parent: the letter was signed "Austin ISD" ("ISD" is too short to be a place word).
        var reading = Reader.Read(text, Unprompted with { Awaiting = LetterFields.ParentName });
        Assert.Equal(AnswerKind.OtherKind, reading.Answer!.Kind);
        Assert.Null(reading.Details.ParentName);
        Assert.Equal(AnswerKind.Value, Reader.Read("Dana Okafor", Unprompted with { Awaiting = LetterFields.ParentName }).Answer!.Kind);
    }

    [Theory]
    [InlineData("the principal i guess, Mr Alvarez", "Mr Alvarez", "principal")]
    // A typed "mr" is written "Mr" in the greeting (the honorific's capital; the name as typed).
    [InlineData("mr kim the case manager", "Mr kim", "case manager")]
    [InlineData("principal Mr. Alvarez", "Mr. Alvarez", "principal")]
    [InlineData("our sped director, Dr Karen Webb", "Dr Karen Webb", "sped director")]
    [InlineData("la directora, Sra. Pérez", "Sra. Pérez", "directora")]
    public void ATitleBeforeTheName_IsTheRecipientsTitle(string text, string name, string title)
    {
        // Found trying the bot as a parent: "Dear the principal i guess, Mr Alvarez," and the title asked for again.
        var reading = Reader.Read(text, Unprompted with { Awaiting = LetterFields.RecipientName });
        Assert.Equal(name, reading.Answer!.Value);
        Assert.Equal(title, reading.Details.RecipientTitle);
    }

    [Theory]
    [InlineData("they send him home early, like 6 half days since august. no suspension papers ever")]
    [InlineData("no papers from the district about the move, nothing")]
    public void PapersThatAreNotTheConsentForm_SayNothingOfConsent(string text)
    {
        // Found trying the bot as a parent: "no suspension papers ever" was noted as "consent to evaluate: not signed yet".
        var reading = Reader.Read(text, Unprompted);
        Assert.DoesNotContain(FactNames.ConsentSignedOn, reading.None);
        Assert.DoesNotContain(FactNames.ConsentSignedOn, reading.StatedFacts);
    }

    [Theory]
    [InlineData("they never sent the papers to sign for the testing")]
    [InlineData("there was no consent form, nothing")]
    [InlineData("i never got the evaluation paperwork")]
    [InlineData("they havent sent me anything to sign")]
    [InlineData("no me han mandado nada para firmar")]
    [InlineData("todavia no nos dieron nada que firmar")]
    public void NoConsentFormToSign_IsStillNoConsent(string text)
    {
        // Found trying the bot as a parent: "no me han mandado nada para firmar" at the consent question was noted as
        // "the school's decision in writing: no" (a false fact), and the English one was not read at all.
        var reading = Reader.Read(text, Unprompted);
        Assert.Contains(FactNames.ConsentSignedOn, reading.None);
        Assert.DoesNotContain(FactNames.PriorWrittenNoticeReceived, reading.StatedFacts);
        Assert.DoesNotContain(FactNames.PriorWrittenNoticeReceived, reading.None);
    }

    [Theory]
    [InlineData("mas o menos, tengo unos mensajes con la maestra", "concernsDocumented")]
    [InlineData("somewhat", "concernsDocumented")]
    [InlineData("more or less", "requestInWriting")]
    public void PartlyToAYesOrNoQuestion_IsNotKnown_NeverAskedForAYesOrANo(string text, string awaited)
    {
        // Found trying the bot as a parent: "mas o menos, ..." got "Perdón, necesito un sí o un no".
        var reading = Reader.Read(text, Unprompted with { Awaiting = awaited });
        Assert.Equal(AnswerKind.Unknown, reading.Answer!.Kind);
        Assert.DoesNotContain(awaited, reading.StatedFacts);
    }

    [Theory]
    [InlineData("y eso de la carta, la maestra se va a enojar si mando algo por escrito? no quiero problemas")]
    [InlineData("will the teacher get mad at me if i send a letter?")]
    [InlineData("honestly if i put it in writing are they going to treat my son worse??")]
    public void AWorryAboutTheLetter_IsAQuestion_NotARequestForIt(string text)
    {
        // Found trying the bot as a parent: the Spanish one began the evaluation letter.
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(Intent.AskProcess, reading.Intent.Best);
        Assert.Equal("retaliation", reading.Topic);
    }

    [Theory]
    [InlineData("can you write the letter for me?")]
    [InlineData("me puedes hacer la carta?")]
    public void AskingForTheLetter_IsStillTheLetter(string text)
    {
        Assert.Equal(Intent.DraftLetter, Reader.Read(text, Unprompted).Intent.Best);
    }

    [Fact]
    public void TheChildGettingUpset_IsNoWorryAboutTheSchool()
    {
        Assert.NotEqual("retaliation", Reader.Read("my son gets upset and angry when he has to read out loud, what can i do?", Unprompted).Topic);
    }

    [Theory]
    [InlineData("Mrs. Johnson")]
    [InlineData("ms johnson")]
    [InlineData("Sra. Pérez")]
    [InlineData("Dr Karen Webb")]
    public void APersonWhereTheSchoolIsAsked_IsNotTheSchool(string text)
    {
        // Found trying the bot as a parent: the teacher's name went into the letter as the school.
        var reading = Reader.Read(text, Unprompted with { Awaiting = LetterFields.School });
        Assert.Equal(AnswerKind.OtherKind, reading.Answer!.Kind);
        Assert.Null(reading.Details.School);
    }

    [Theory]
    [InlineData("Dr. Martin Luther King Jr. Elementary")]
    [InlineData("Lincoln MS")]
    [InlineData("Escuela Benito Juárez")]
    public void ASchoolNamedForAPerson_IsStillTheSchool(string text)
    {
        Assert.Equal(AnswerKind.Value, Reader.Read(text, Unprompted with { Awaiting = LetterFields.School }).Answer!.Kind);
    }

    [Theory]
    [InlineData("Dr. Lee, Fresno Unified", "Dr. Lee", "Fresno Unified")]
    [InlineData("Ms. Ortiz - Lincoln Elementary", "Ms. Ortiz", null)]
    public void RecipientWithTheirPlace_IsTheRecipient(string text, string name, string? district)
    {
        var reading = Reader.Read(text, Unprompted with { Awaiting = LetterFields.RecipientName });
        Assert.Equal(AnswerKind.Value, reading.Answer!.Kind);
        Assert.Equal(name, reading.Answer.Value);
        Assert.Equal(name, reading.Details.RecipientName);
        Assert.Equal(district, reading.Details.District);
    }

    [Theory]
    [InlineData("I asked for an evaluation on October 14 I think", true)]
    [InlineData("pedí la evaluación, creo que el 14 de octubre", true)]
    [InlineData("I asked for an evaluation in October", false)]
    [InlineData("pedí la evaluación a principios de octubre", false)]
    public void HedgedDate_KeepsItsDay_OnlyWhenTheParentNamedIt(string text, bool dayGiven)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Contains(FactNames.EvaluationRequestedOn, reading.Approximate);
        Assert.Equal(dayGiven, reading.DayGiven.Contains(FactNames.EvaluationRequestedOn));
    }

    [Fact]
    public void HedgedDateAnswer_SaysItsDayWasGiven()
    {
        var answer = Reader.Read("October 14 I think", Unprompted with { Awaiting = FactNames.EvaluationRequestedOn }).Answer!;
        Assert.True(answer.Approximate);
        Assert.True(answer.DayGiven);
        Assert.False(Reader.Read("april i think", Unprompted with { Awaiting = FactNames.EvaluationRequestedOn }).Answer!.DayGiven);
    }
    [Theory]
    [InlineData("yes it was an email")]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("sí, fue un correo")]
    public void AStrayYesOrNo_WithNoQuestionPending_SetsNoFact(string text)
    {
        var reading = Reader.Read(text, Unprompted);

        Assert.Empty(reading.StatedFacts);
        Assert.Null(reading.Answer);
    }

    [Theory]
    [InlineData("yes it was an email")]
    [InlineData("sí, fue un correo")]
    public void ItWasAnEmail_AnswersTheWrittenNoticeQuestionOnly(string text)
    {
        Assert.True(Reader.Read(text, Unprompted with { Awaiting = FactNames.PriorWrittenNoticeReceived }).Facts.PriorWrittenNoticeReceived);
        Assert.Null(Reader.Read(text, Unprompted with { Awaiting = FactNames.SchoolRefusedEvaluation }).Facts.PriorWrittenNoticeReceived);
    }

    [Theory]
    [InlineData("the teacher says wait and see")]
    [InlineData("the teacher said to wait and see")]
    [InlineData("la maestra dice que esperemos")]
    [InlineData("la maestra dice que hay que esperar")]
    public void WaitAndSee_AfterARequest_IsTheSchoolsAnswerToIt(string text)
    {
        var reading = Reader.Read(text, Unprompted with { KnownStage = Stage.EvaluationRequested });

        Assert.True(reading.Facts.SchoolRefusedEvaluation);
        Assert.Null(reading.Facts.SchoolSuggestedWaiting);
    }

    [Theory]
    [InlineData("the teacher says wait and see")]
    [InlineData("la maestra dice que esperemos")]
    public void WaitAndSee_BeforeAnyRequest_IsOnlyASuggestion(string text)
    {
        var reading = Reader.Read(text, Unprompted with { KnownStage = Stage.Concerned });

        Assert.True(reading.Facts.SchoolSuggestedWaiting);
        Assert.Null(reading.Facts.SchoolRefusedEvaluation);
    }

    [Theory]
    [InlineData("I haven't asked yet, the teacher says wait and see")]
    [InlineData("todavía no lo he pedido, la maestra dice que esperemos")]
    public void WaitAndSee_WithTheRequestDenied_StaysASuggestion_EvenAtEvaluationRequested(string text)
    {
        var reading = Reader.Read(text, Unprompted with { KnownStage = Stage.EvaluationRequested });

        Assert.Null(reading.Facts.SchoolRefusedEvaluation);
    }
    [Theory]
    [InlineData("the school wants to move him to another school, I don't agree")]
    [InlineData("my son has an IEP and the school wants to move him to another school, I don't agree")]
    [InlineData("la escuela quiere cambiarlo a otra escuela, no estoy de acuerdo")]
    public void AStandingPlacementProposal_TheParentDisputes_IsDatedToday_WithoutItsDay(string text)
    {
        var reading = Reader.Read(text, Unprompted);

        Assert.Equal(ReaderInstance.Today, reading.Facts.PlacementChangeProposedOn);
        Assert.Equal(ReaderInstance.Today, reading.Facts.DisputedActionOn);
        Assert.Contains(FactNames.PlacementChangeProposedOn, reading.Approximate);
        Assert.DoesNotContain(FactNames.PlacementChangeProposedOn, reading.DayGiven);
    }

    [Theory]
    [InlineData("They want to move my son to a self-contained classroom in January and I said no at the meeting on November 18.", "2026-11-18")]
    public void APlacementProposal_DatedByTheDisputedMeeting_TakesThatDate(string text, string date)
    {
        var reading = Reader.Read(text, Unprompted);

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reading.Facts.PlacementChangeProposedOn);
    }

    [Theory]
    [InlineData("if they want to move him to another school can I say no?")]
    [InlineData("they moved him to another school last year")]
    public void AQuestionOrAPastMove_IsNoStandingProposal(string text)
    {
        Assert.Null(Reader.Read(text, Unprompted).Facts.PlacementChangeProposedOn);
    }

    [Theory]
    [InlineData("the director is Dr. Karen Webb", "Dr. Karen Webb")]
    [InlineData("the sped director is Ms. Ortiz", "Ms. Ortiz")]
    [InlineData("la directora de educación especial es la Dra. Karen Webb", "Dra. Karen Webb")]
    public void WhoTheDirectorIs_IsTheLettersRecipient(string text, string name)
    {
        // Found trying the bot as a parent: after a letter was drafted, "the director is Dr. Karen Webb" got "I'm not sure
        // what you'd like me to do" while "send it to Dr. Webb" changed the letter.
        Assert.Equal(name, Reader.Read(text, Unprompted).Details.RecipientName);
    }

    [Fact]
    public void TheSpanishDirector_IsThePrincipal_NotTheRecipient()
    {
        // "la directora" of a school is its principal: only the special education director is the letters' recipient.
        Assert.Null(Reader.Read("la directora es la Sra. Ruiz", Unprompted).Details.RecipientName);
    }

    [Theory]
    [InlineData("I requested an IEE on October 5 and they haven't answered. How long can they take?", "iee")]
    [InlineData("pedí la IEE el 5 de octubre y nada. ¿cuánto tiempo se pueden tardar?", "iee")]
    [InlineData("I asked for his records 3 weeks ago. how long do they have?", "records-access")]
    public void AQuestionAskingOnlyHowLong_IsAboutTheSubjectTheMessageTells(string text, string topic)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(topic, reading.Topic);
        Assert.False(reading.TopicUnnamed);
    }

    [Theory]
    [InlineData("How long can they take?")]
    [InlineData("how long do they have")]
    [InlineData("¿cuánto tiempo se pueden tardar?")]
    public void AQuestionAskingOnlyHowLong_NamesNoSubject_TheChatTakesItFromTheConversation(string text)
    {
        Assert.True(Reader.Read(text, Unprompted).TopicUnnamed);
    }

    [Theory]
    [InlineData("We're in Georgia. How long does the school have? I sent it in writing", "evaluation-timeline")]
    [InlineData("how long do they have to give me his records", "records-access")]
    [InlineData("how long do they have to evaluate him once i sign the consent", "evaluation-timeline")]
    public void AQuestionNamingItsSubject_KeepsIt(string text, string topic)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(topic, reading.Topic);
        if (topic != "evaluation-timeline")
        {
            Assert.False(reading.TopicUnnamed);
        }
    }

    [Theory]
    [InlineData("?")]
    [InlineData("??")]
    [InlineData("¿?")]
    public void QuestionMarksAlone_AreALostParent_Help(string text)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(Intent.Help, reading.Intent.Best);
        Assert.False(reading.Intent.Unsure);
    }

    [Theory]
    [InlineData("hola, ¿esto es un robot o una persona de verdad?")]
    [InlineData("hi there, good morning, my son got suspended again today")]
    public void AGreetingWithMoreInIt_IsNotJustAGreeting(string text)
    {
        Assert.NotEqual(Intent.Greeting, Reader.Read(text, Unprompted).Intent.Best);
    }

    [Theory]
    [InlineData("my son (autism, has an IEP) ...")]
    [InlineData("my son (autism, has an IEP) keeps getting sent home, is that even legal?")]
    [InlineData("my son w/ an iep ...")]
    [InlineData("my son w/ an iep keeps getting sent home")]
    public void AnIepInParenthesesOrAfterWSlash_HasAnIep(string text)
    {
        Assert.True(Reader.Read(text, Unprompted).Facts.HasIep);
    }

    [Theory]
    [InlineData(2026, 12, 7, 2026)]
    [InlineData(2027, 1, 15, 2026)]
    [InlineData(2027, 11, 2, 2027)]
    public void EvaluatedInAMonthThenFoundNotEligible_DatesTheEvaluationAndTheDecision_ThatMonthOfTheRightYear(int year, int month, int day, int expectedYear)
    {
        var reading = Reader.Read("my daughter got evaluated in october and they said she doesnt qualify", new MessageContext(new DateOnly(year, month, day)));

        Assert.Equal(new DateOnly(expectedYear, 10, 1), reading.Facts.EvaluationCompletedOn);
        Assert.Equal(new DateOnly(expectedYear, 10, 1), reading.Facts.EligibilityDecidedOn);
        Assert.Contains(FactNames.EvaluationCompletedOn, reading.Approximate);
        Assert.Contains(FactNames.EligibilityDecidedOn, reading.Approximate);
        Assert.DoesNotContain(FactNames.EligibilityDecidedOn, reading.DayGiven);
    }

    [Theory]
    [InlineData("I asked the teacher about testing on October 8")]
    [InlineData("I asked the principal around lunch time about an evaluation for him on October 8")]
    public void AboutSomethingElse_DoesNotHedgeADayGiven(string text)
    {
        var reading = Reader.Read(text, Unprompted);

        Assert.Equal(new DateOnly(2026, 10, 8), reading.Facts.EvaluationRequestedOn);
        Assert.DoesNotContain(FactNames.EvaluationRequestedOn, reading.Approximate);
        Assert.Contains(FactNames.EvaluationRequestedOn, reading.DayGiven);
    }

    [Theory]
    [InlineData("I asked for testing about 3 weeks ago")]
    [InlineData("I asked for testing around October 8")]
    public void AHedgeOnTheDate_StillMakesItApproximate(string text)
    {
        Assert.Contains(FactNames.EvaluationRequestedOn, Reader.Read(text, Unprompted).Approximate);
    }

    [Fact]
    public void EvaluatedOnADayThenFoundNotEligible_LeavesTheDecisionUndated()
    {
        // The evaluation's day is not the decision's: only a month covers both.
        var facts = Reader.Read("she got evaluated on October 3 and they said she doesnt qualify", Unprompted).Facts;
        Assert.Equal(new DateOnly(2026, 10, 3), facts.EvaluationCompletedOn);
        Assert.Null(facts.EligibilityDecidedOn);
    }
}
