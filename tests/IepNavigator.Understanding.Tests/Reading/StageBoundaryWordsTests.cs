using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Issue 17, Spanish stage (stage15es): stage words for the boundaries the Spanish test split confused — the school
/// calling the parent to pick the child up (discipline beside a 504), not found eligible said sideways ("no quedo en
/// educacion especial": no dispute without an IEE or a filing, GUIDE B4), and an evaluation told finished (no longer
/// concerned or evaluation-requested). The reconciler on made-up model outputs (no model); wordings in no corpus file.
/// </summary>
public sealed class StageBoundaryWordsTests
{
    private const float Threshold = 0.65f;

    private static readonly StageReconciler Reconciler = new();

    private static readonly Dictionary<string, object> NoFacts = new(StringComparer.Ordinal);

    private static List<Ranked<Stage?>> Model(params (Stage? Stage, float P)[] top) => ModelOutputs.Stages(top);

    [Theory]
    [InlineData("la directora me hablo otra vez pa q recogiera a la nina")]
    [InlineData("me llaman casi a diario para recogerlo antes de la salida")]
    [InlineData("la escuela me llamo to come get him early otra vez")]
    [InlineData("they keep calling me at work to come pick him up")]
    public void TheSchoolCallingToPickTheChildUp_IsDiscipline_OverAnUnsure504(string statement)
    {
        var stage = Reconciler.Reconcile(Model((Stage.Plan504, 0.6f), (Stage.Discipline, 0.12f)), Threshold, NoFacts, null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.Discipline, stage.Best);
        Assert.False(stage.Unsure);
    }

    [Theory]
    [InlineData("me llamaron pa q lo recogiera porque tenia calentura")]
    [InlineData("los viernes yo lo recojo temprano")]
    public void APickUpForFeverOrByTheParentsOwnPlan_LeavesTheModel(string statement)
    {
        var stage = Reconciler.Reconcile(Model((Stage.Plan504, 0.6f), (Stage.Discipline, 0.12f)), Threshold, NoFacts, null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.Plan504, stage.Best);
    }

    [Theory]
    [InlineData("al final no entro a educacion especial, la van a ayudar en su salon")]
    [InlineData("me explicaron que no le corresponden servicios")]
    [InlineData("la psicologa dijo que no reune requisitos")]
    [InlineData("they told us he doesnt qualify")]
    public void NotFoundEligible_IsNoDisagreement_WithoutAnIeeOrAFiling(string statement)
    {
        var stage = Reconciler.Reconcile(Model((Stage.Disagreement, 0.42f), (Stage.NotEligible, 0.3f)), Threshold, NoFacts, null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.NotEligible, stage.Best);
    }

    [Fact]
    public void NotFoundEligible_WithAnIeeAsked_StaysDisagreement()
    {
        var stage = Reconciler.Reconcile(Model((Stage.Disagreement, 0.42f), (Stage.NotEligible, 0.3f)), Threshold, NoFacts, null, Intent.Tell, true,
            ["me dijeron que no califico", "ya pedi la evaluacion independiente"]);

        Assert.Equal(Stage.Disagreement, stage.Best);
    }

    [Theory]
    [InlineData("no se si califica o no")]
    [InlineData("ya no califica pa la terapia y no estoy de acuerdo")]
    public void NoDecisionOrAnExit_LeavesTheModel(string statement)
    {
        var stage = Reconciler.Reconcile(Model((Stage.Disagreement, 0.42f), (Stage.NotEligible, 0.3f)), Threshold, NoFacts, null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.Disagreement, stage.Best);
    }

    [Theory]
    [InlineData("ya acabaron de evaluarlo desde el martes")]
    [InlineData("las pruebas ya se terminaron pero nadie me ha dicho nada")]
    [InlineData("the testing was done before thanksgiving")]
    public void AnEvaluationToldFinished_IsNoLongerEvaluationRequested(string statement)
    {
        var stage = Reconciler.Reconcile(Model((Stage.EvaluationRequested, 0.45f), (Stage.EvaluationComplete, 0.3f)), Threshold, NoFacts, null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.EvaluationComplete, stage.Best);
    }

    [Theory]
    [InlineData("todavia no terminan las pruebas")]
    [InlineData("no han terminado de evaluarla")]
    [InlineData("ya lo evaluaron en el hospital y dicen que es autismo")]
    public void AnEvaluationNotFinishedOrPrivate_LeavesTheModel(string statement)
    {
        var stage = Reconciler.Reconcile(Model((Stage.EvaluationRequested, 0.45f), (Stage.EvaluationComplete, 0.3f)), Threshold, NoFacts, null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.EvaluationRequested, stage.Best);
    }
}
