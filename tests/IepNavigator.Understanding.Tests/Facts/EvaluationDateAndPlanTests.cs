using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Tests.Reading;

namespace IepNavigator.Understanding.Tests.Facts;

/// <summary>
/// The last evaluation told by its year or its season and year ("last full evaluation was 2021", "spring 2023"), or as
/// the triennial ("su evaluación de cada tres años fue en octubre de 2024", which is no age of three); a behavior plan
/// named after the IEP ("tiene IEP y plan de conducta"). Families of misses on train and dev.
/// </summary>
public sealed class EvaluationDateAndPlanTests
{
    private static readonly MessageReader Reader = ReaderInstance.Shared;
    private static readonly MessageContext Unprompted = new(ReaderInstance.Today);

    [Theory]
    [InlineData("He has an IEP for speech. His last evaluation was in 2022.", "2022-07-01")]
    [InlineData("He has an IEP for speech. His triennial evaluation was done in October 2024.", "2024-10-01")]
    [InlineData("He has an IEP for speech. His last reevaluation was in spring 2023.", "2023-04-15")]
    [InlineData("Tiene IEP de lenguaje. Su evaluación de cada tres años fue en octubre de 2024.", "2024-10-01")]
    [InlineData("Tiene IEP. Su última evaluación fue en 2022.", "2022-07-01")]
    public void LastEvaluation_ByYearSeasonOrTriennial_IsDatedApproximately(string text, string expected)
    {
        var reading = Reader.Read(text, Unprompted);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Facts.LastEvaluationOn);
        Assert.Contains("lastEvaluationOn", reading.Approximate);
        Assert.Null(reading.Facts.ChildAge);
    }

    [Theory]
    [InlineData("He has an IEP and an FBA and a behavior plan.", true)]
    [InlineData("Tiene IEP y plan de conducta que nadie sigue.", true)]
    [InlineData("tiene tdah e iep. no le han hecho fba ni tiene plan de conducta", false)]
    public void BehaviorPlan_NamedAfterTheIep(string text, bool has)
    {
        Assert.Equal(has, Reader.Read(text, Unprompted).Facts.HasBehaviorPlan);
    }
}
