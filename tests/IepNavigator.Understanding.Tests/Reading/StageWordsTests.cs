using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Issue 17, Spanish stage (stage12es): stage words no contract fact holds (content/stage-evidence.json <c>told</c>:
/// found eligible, a disciplinary move, a suspension or being sent home), a deciding fact whose own stage the other facts
/// narrowed away, a correction the intent model only guesses, and the parent's "yo no quiero" disputing a placement
/// proposal. The reconciler on made-up model outputs (no model); the reader on wordings in no corpus file.
/// </summary>
public sealed class StageWordsTests
{
    private const float Threshold = 0.65f;

    private static readonly StageReconciler Reconciler = new();
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    private static List<Ranked<Stage?>> Model(params (Stage? Stage, float P)[] top) => ModelOutputs.Stages(top);

    private static readonly Dictionary<string, object> NoFacts = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("salio que si califica")]
    [InlineData("nos dijeron q si califico, ahora falta el plan")]
    [InlineData("x fin califico")]
    [InlineData("she was found eligible last week")]
    public void FoundEligible_IsNoNotEligible(string statement)
    {
        var stage = Reconciler.Reconcile(Model((Stage.NotEligible, 0.51f), (Stage.EvaluationComplete, 0.2f)), Threshold, NoFacts, null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.EvaluationComplete, stage.Best);
        Assert.False(stage.Unsure);
    }

    [Fact]
    public void FoundEligible_NamesItsStage_OverAModelSureOfNone()
    {
        // "me avisaron que sí calificó": none 0.86, evaluation-complete 0.03; a deciding word names its own stage, sure.
        var stage = Reconciler.Reconcile(Model((null, 0.86f), (Stage.NotEligible, 0.09f)), Threshold, NoFacts, null, Intent.Tell, true, ["me avisaron que si califico"]);

        Assert.Equal(Stage.EvaluationComplete, stage.Best);
        Assert.False(stage.Unsure);
    }

    [Theory]
    [InlineData("salio que no califica")]
    [InlineData("no se si califica")]
    [InlineData("a ver si califica")]
    [InlineData("dijeron q si califica pa 504 pero no pa educacion especial")]
    public void NotFoundEligible_LeavesTheModel(string statement)
    {
        var stage = Reconciler.Reconcile(Model((Stage.NotEligible, 0.51f), (Stage.EvaluationComplete, 0.2f)), Threshold, NoFacts, null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.NotEligible, stage.Best);
        Assert.True(stage.Unsure);
    }

    [Fact]
    public void FoundEligible_BesideAnIep_IsIepInPlace_ByThePrecedence()
    {
        var iep = new Dictionary<string, object>(StringComparer.Ordinal) { [FactNames.HasIep] = true };
        var stage = Reconciler.Reconcile(Model((null, 0.4f), (Stage.IepInPlace, 0.2f)), Threshold, iep, null, Intent.Tell, true, ["en kinder salio que si califica y desde entonces tiene iep"]);

        Assert.Equal(Stage.IepInPlace, stage.Best);
    }

    [Theory]
    [InlineData("they want to send her to the alternative campus because of her behavior and i dont agree")]
    [InlineData("lo quieren mandar a otra escuela por su mal comportamiento y no estoy de acuerdo")]
    [InlineData("le dieron suspension toda la semana")]
    [InlineData("me la regresaron a la casa otra vez")]
    public void ADisciplinaryMoveOrRemoval_IsDiscipline_OverAnUnsureDisagreement(string statement)
    {
        var stage = Reconciler.Reconcile(Model((Stage.Disagreement, 0.58f), (Stage.Discipline, 0.12f)), Threshold, NoFacts, null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.Discipline, stage.Best);
        Assert.False(stage.Unsure);
    }

    [Theory]
    [InlineData("he has never been suspended")]
    [InlineData("la mandaron a la casa con fiebre")]
    [InlineData("they want to move him to a self contained class and i dont agree")]
    public void NoRemovalForBehaviour_LeavesTheModel(string statement)
    {
        var stage = Reconciler.Reconcile(Model((Stage.Disagreement, 0.58f), (Stage.Discipline, 0.12f)), Threshold, NoFacts, null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.Disagreement, stage.Best);
    }

    [Fact]
    public void StageWords_InAnAnswer_RevealNoStage()
    {
        // GUIDE B3: answering the fact asked gives no stage ("3 days of suspension" asked how long the removal was).
        var stage = Reconciler.Reconcile(Model((null, 0.7f)), Threshold, NoFacts, FactNames.ConsecutiveDaysRemoved, Intent.Tell, true, ["3 dias de suspension"]);

        Assert.Null(stage.Best);
    }

    [Fact]
    public void ADecidingFactNarrowedAway_StillRevealsAStage_WhenTheModelIsSureOfNone()
    {
        // "la escuela quiere cambiar a mi hija de escuela, tiene IEP y yo no quiero": none 0.71; the IEP decides, the disputed
        // proposal leaves disagreement (discipline needs a removal or the behaviour behind it).
        var facts = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [FactNames.HasIep] = true,
            [FactNames.PlacementChangeProposedOn] = new DateOnly(2026, 12, 6),
        };
        var stage = Reconciler.Reconcile(Model((null, 0.71f), (Stage.IepInPlace, 0.09f), (Stage.Disagreement, 0.09f)), Threshold, facts, null, Intent.Tell);

        Assert.Equal(Stage.Disagreement, stage.Best);
        Assert.False(stage.Unsure);
    }

    [Fact]
    public void AGuessedCorrection_DoesNotSetTheFactsAside_ASureOneDoes()
    {
        var iep = new Dictionary<string, object>(StringComparer.Ordinal) { [FactNames.HasIep] = true };
        var model = Model((Stage.Concerned, 0.4f), (Stage.IepInPlace, 0.3f));

        Assert.Equal(Stage.IepInPlace, Reconciler.Reconcile(model, Threshold, iep, null, Intent.Correct, intentSure: false).Best);
        Assert.Equal(Stage.Concerned, Reconciler.Reconcile(model, Threshold, iep, null, Intent.Correct, intentSure: true).Best);
    }

    [Theory]
    [InlineData("la escuela quiere cambiar a mi hija de escuela, tiene IEP y yo no quiero")]
    [InlineData("quieren pasar a mi niño a otra escuela con salon especial, el tiene su IEP, nosotros no queremos")]
    [InlineData("la directora quiere mandar a mi hijo a un programa especial en otra escuela y no lo acepto, tiene IEP")]
    [InlineData("tiene IEP y lo quieren cambiar a un salon especial, no lo voy a permitir")]
    public void APlacementProposal_TheParentRefuses_IsDatedToday_AndDisagreement(string text)
    {
        // Found trying the bot as a parent: "yo no quiero" was no disagreement, so no proposal and no stay-put advice.
        var reading = Reader.Read(text, Unprompted);

        Assert.Equal(ReaderInstance.Today, reading.Facts.PlacementChangeProposedOn);
        Assert.Equal(ReaderInstance.Today, reading.Facts.DisputedActionOn);
        Assert.Contains(FactNames.PlacementChangeProposedOn, reading.Approximate);
        Assert.Equal(Stage.Disagreement, reading.Stage.Best);
    }

    [Theory]
    [InlineData("la escuela quiere cambiar a mi hija de escuela, tiene IEP y yo estoy de acuerdo")]
    [InlineData("yo no quiero que se enoje la maestra, mi hijo tiene IEP")]
    public void NoRefusedProposal_SetsNoProposal(string text)
    {
        var reading = Reader.Read(text, Unprompted);

        Assert.Null(reading.Facts.PlacementChangeProposedOn);
        Assert.Null(reading.Facts.DisputedActionOn);
    }

    [Theory]
    [InlineData("si califica")]
    [InlineData("salio que si califica")]
    [InlineData("me dijeron q si califica pa educacion especial")]
    [InlineData("me avisaron que sí calificó")]
    public void SiCalifica_IsEvaluationComplete(string text)
    {
        // Found trying the bot as a parent: "si califica" read as not-eligible. Never decided as not-eligible: read as
        // evaluation-complete, or (a model leaning hard to not-eligible, as the fifteenth round's retrain does for the
        // third line) left unsure with evaluation-complete offered first, so the chat asks instead of deciding.
        var stage = Reader.Read(text, Unprompted).Stage;
        Assert.True(stage.Best == Stage.EvaluationComplete || (stage.Unsure && stage.Candidates[0].Value == Stage.EvaluationComplete),
            $"{stage.Best} unsure={stage.Unsure} [{string.Join(", ", stage.Candidates.Select(c => $"{c.Value} {c.Confidence:0.00}"))}]");
    }

    [Theory]
    [InlineData("no califica")]
    [InlineData("dijeron q no califica")]
    public void NoCalifica_StaysNotEligible(string text)
    {
        Assert.Equal(Stage.NotEligible, Reader.Read(text, Unprompted).Stage.Best);
    }

    [Theory]
    [InlineData("they want to send her to the alternative school because of her behavior and I dont agree")]
    [InlineData("the district wants him at the alternative campus for the rest of the year over his behavior, we said no")]
    public void AnAlternativeSchoolForBehaviour_TheParentOpposes_IsDiscipline(string text)
    {
        // Found trying the bot as a parent (read iep-in-place, then disagreement): GUIDE B1 puts an alternative school for
        // discipline at discipline, and B2 puts discipline before disagreement.
        Assert.Equal(Stage.Discipline, Reader.Read(text, Unprompted).Stage.Best);
    }
}
