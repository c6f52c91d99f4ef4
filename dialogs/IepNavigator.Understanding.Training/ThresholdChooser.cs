namespace IepNavigator.Understanding.Training;

/// <summary>
/// Chooses a model's confidence threshold on dev: the lowest one at which the predictions it lets through are right at
/// least <see cref="TargetAccuracy"/> of the time, so the chat decides alone only when the model is nearly always
/// right, and asks one short question otherwise.
/// </summary>
public static class ThresholdChooser
{
    public const double TargetAccuracy = 0.97;

    /// <summary>
    /// The intent threshold is never below this: an intent decides a turn alone (a command restarts the conversation),
    /// and at 0.40 (dev's choice for a lightly regularised model, issue 17's fifteenth round) the conversation suite saw
    /// "start over" decided on a goal's text and on a child's name. Dev's few hundred lines cannot see those rare costly errors.
    /// </summary>
    public const float IntentFloor = 0.45f;

    public static float Choose(IReadOnlyList<(float Confidence, bool Right)> dev, float floor = 0.20f)
    {
        ArgumentNullException.ThrowIfNull(dev);
        for (var t = floor; t < 0.951f; t += 0.05f)
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
