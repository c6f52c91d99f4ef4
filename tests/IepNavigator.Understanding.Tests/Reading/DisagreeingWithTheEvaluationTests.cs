using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>
/// Issue 17, Spanish stage (stage13es), GUIDE B4: disagreeing with an evaluation's results stays evaluation-complete or
/// not-eligible until the parent asked for an IEE or filed something (content/stage-evidence.json: the
/// <c>disagreesWithEvaluation</c> evidence, its <c>needs</c>, and the <c>iee-asked</c> stage words for a request told
/// with no date). The reconciler on made-up model outputs (no model), statements normalized as the reader gives them, in
/// no corpus file.
/// </summary>
public sealed class DisagreeingWithTheEvaluationTests
{
    private const float Threshold = 0.7f;

    private static readonly StageReconciler Reconciler = new();

    private static List<Ranked<Stage?>> Model(params (Stage? Stage, float P)[] top) => ModelOutputs.Stages(top);

    private static Dictionary<string, object> Facts(params (string Name, object Value)[] facts) =>
        facts.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);

    private static readonly List<Ranked<Stage?>> LeaningToDisagreement = Model((Stage.Disagreement, 0.42f), (Stage.NotEligible, 0.3f), (Stage.EvaluationComplete, 0.12f));

    [Theory]
    [InlineData("la psicologa puso que no tiene nada y yo no estoy de acuerdo con esas pruebas")]
    [InlineData("quiero pedir una evaluacion independiente porque la de ellos esta mal")]
    [InlineData("no he pedido la evaluacion independiente todavia")]
    public void ADisagreementWithTheResultsAlone_IsNoDisagreementStage(string statement)
    {
        var stage = Reconciler.Reconcile(LeaningToDisagreement, Threshold, Facts((FactNames.DisagreesWithEvaluation, true)), null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.NotEligible, stage.Best);
    }

    [Theory]
    [InlineData("ya solicite la evaluacion independiente, la de ellos no sirve")]
    [InlineData("pedi por correo una evaluacion de afuera pagada por el distrito")]
    [InlineData("i already asked for an iee because their testing missed everything")]
    public void AnIeeAskedFor_WithNoDate_IsDisagreement(string statement)
    {
        var stage = Reconciler.Reconcile(LeaningToDisagreement, Threshold, Facts((FactNames.DisagreesWithEvaluation, true)), null, Intent.Tell, true, [statement]);

        Assert.Equal(Stage.Disagreement, stage.Best);
        Assert.False(stage.Unsure);
    }

    [Fact]
    public void ADatedIeeRequest_KeepsTheDisagreement()
    {
        var facts = Facts((FactNames.DisagreesWithEvaluation, true), (FactNames.IeeRequestedOn, new DateOnly(2026, 11, 20)));
        var stage = Reconciler.Reconcile(LeaningToDisagreement, Threshold, facts, null, Intent.Tell, true, ["pedi la IEE el 20 de noviembre"]);

        Assert.Equal(Stage.Disagreement, stage.Best);
    }
}
