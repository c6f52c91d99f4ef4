using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Understanding.Tests.Reading;

/// <summary>Made-up stage model outputs for the reconciler's tests: no model needed to test the rules around it.</summary>
internal static class ModelOutputs
{
    /// <summary>Every label with a probability, best first, as the model gives them (null: the message reveals no stage).</summary>
    public static List<Ranked<Stage?>> Stages(params (Stage? Stage, float P)[] top)
    {
        var rest = (1f - top.Sum(t => t.P)) / (Enum.GetValues<Stage>().Length + 1 - top.Length);
        var others = Enum.GetValues<Stage>().Cast<Stage?>().Append(null).Where(s => top.All(t => t.Stage != s)).Select(s => new Ranked<Stage?>(s, rest));
        return [.. top.Select(t => new Ranked<Stage?>(t.Stage, t.P)).Concat(others).OrderByDescending(r => r.Confidence)];
    }
}
