using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Dialogs.Flows;

/// <summary>Turns a fact's entry in questions.json into the prompt that asks it ("I don't know" always allowed).</summary>
public sealed class FactPrompts(FactQuestionCatalog questions, MessageCatalog messages)
{
    public bool CanAsk(string fact) => questions.Find(fact) is not null;

    /// <param name="stage">The case's stage, for questions worded differently at one stage.</param>
    public (string PromptId, PromptOptions Options) Build(string fact, string? stage = null)
    {
        var question = questions.Find(fact) ?? throw new KeyNotFoundException($"questions.json has no fact '{fact}'.");
        var options = new PromptOptions
        {
            Text = stage is not null && question.ByStage.TryGetValue(stage, out var worded) ? worded : question.Question,
            AllowUnknown = true,
            Tag = fact,
            NoneChoice = question.None,
        };
        switch (question.Kind)
        {
            case "date":
                options.Direction = question.Direction == "future" ? DateDirection.Future : DateDirection.Past;
                return (DialogIds.DatePrompt, options);
            case "number":
                return (DialogIds.NumberPrompt, options);
            case "choice":
            case "multiChoice":
                options.Choices = question.Choices;
                options.AllowMultiple = question.Kind == "multiChoice";
                return (DialogIds.ChoicePrompt, options);
            case "state":
                options.Choices = [.. questions.States];
                options.HideChoices = true;
                return (DialogIds.ChoicePrompt, options);
            default:
                options.Choices =
                [
                    new ChoiceOption { Value = "yes", Title = question.Yes ?? messages["button.yes"] },
                    new ChoiceOption { Value = "no", Title = question.No ?? messages["button.no"] },
                ];
                return (DialogIds.ConfirmPrompt, options);
        }
    }
}
