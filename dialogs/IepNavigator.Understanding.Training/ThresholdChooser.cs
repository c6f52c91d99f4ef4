namespace IepNavigator.Understanding.Training;

/// <summary>
/// Chooses a model's confidence threshold on dev: the lowest one at which the predictions it lets through are right at
/// least <see cref="TargetAccuracy"/> of the time, so the chat decides alone only when the model is nearly always
/// right, and asks one short question otherwise.
/// </summary>
public static class ThresholdChooser
{
    public const double TargetAccuracy = 0.97;

    public static float Choose(IReadOnlyList<(float Confidence, bool Right)> dev)
    {
        ArgumentNullException.ThrowIfNull(dev);
        for (var t = 0.20f; t < 0.951f; t += 0.05f)
        {
            var kept = dev.Where(d => d.Confidence >= t).ToList();
            if (kept.Count > 0 && kept.Count(k => k.Right) >= TargetAccuracy * kept.Count)
            {
                return MathF.Round(t, 2);
            }
        }
        return 0.95f;
    }
}
