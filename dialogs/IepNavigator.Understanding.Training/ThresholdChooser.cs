namespace IepNavigator.Understanding.Training;

/// <summary>
/// Chooses a model's confidence threshold on dev: the lowest one at which the predictions it lets through are right at
/// least <see cref="TargetAccuracy"/> of the time, so the chat decides alone only when the model is nearly always
/// right, and asks one short question otherwise.
/// </summary>
public static class ThresholdChooser
{
    public const double TargetAccuracy = 0.97;

    /// <summary>One pool of readings (kept for callers that have no languages to tell apart).</summary>
    public static float Choose(IReadOnlyList<(float Confidence, bool Right)> dev)
    {
        ArgumentNullException.ThrowIfNull(dev);
        return Choose([.. dev.Select(d => (d.Confidence, d.Right, ""))]);
    }

    /// <summary>
    /// Every group (language) must reach the target on its own, as the settings are chosen by the weaker language:
    /// pooled, the Spanish readings (right more often) hid English ones decided alone at 96 % on dev, and the
    /// English parents got more confident wrong answers than the target promises.
    /// </summary>
    public static float Choose(IReadOnlyList<(float Confidence, bool Right, string Group)> dev)
    {
        ArgumentNullException.ThrowIfNull(dev);
        var groups = dev.GroupBy(d => d.Group).ToList();
        for (var step = 20; step <= 95; step++)
        {
            // Hundredths, not twentieths: the lowest threshold that meets the target leaves the most readings decided alone.
            var threshold = step / 100f;
            if (dev.Any(d => d.Confidence >= threshold) && groups.All(g => MeetsTarget([.. g.Where(d => d.Confidence >= threshold)])))
            {
                return threshold;
            }
        }
        return 0.95f;
    }

    private static bool MeetsTarget(IReadOnlyList<(float Confidence, bool Right, string Group)> kept) =>
        kept.Count == 0 || kept.Count(k => k.Right) >= TargetAccuracy * kept.Count;
}
