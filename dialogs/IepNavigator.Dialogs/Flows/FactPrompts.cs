using IepNavigator.Dialogs.Understanding;
using IepNavigator.Knowledge;

namespace IepNavigator.Dialogs.Flows;

/// <summary>Turns a fact's entry in questions.json into the prompt that asks it ("I don't know" always allowed).</summary>
public sealed class FactPrompts(FactQuestionCatalog questions, MessageCatalog messages)
{
    public bool CanAsk(string fact) => questions.Find(fact) is not null && CaseFactFields.Find(fact) is not null;

    /// <param name="stage">The case's stage, for questions worded differently at one stage.</param>
    public (string PromptId, PromptOptions Options) Build(string fact, Stage? stage = null)
    {
        var question = questions.Find(fact) ?? throw new KeyNotFoundException($"questions.json has no fact '{fact}'.");
        var options = new PromptOptions
        {
            Text = stage is { } s && question.ByStage.TryGetValue(KnowledgeJson.EnumName(s), out var worded) ? worded : question.Question,
            AllowUnknown = true,
            Tag = fact,
            NoneChoice = question.None,
            AsksForFact = true,
        };
        // The prompt follows the fact's kind in the contract; questions.json words it.
        switch (CaseFactFields.Get(fact).Kind)
        {
            case FactKind.Date:
                options.Direction = question.Direction == "future" ? DateDirection.Future : DateDirection.Past;
                return (DialogIds.DatePrompt, options);
            case FactKind.Count:
                return (DialogIds.NumberPrompt, options);
            case FactKind.Stage:
            case FactKind.Concerns:
                options.Choices = question.Choices;
                options.AllowMultiple = CaseFactFields.Get(fact).Kind == FactKind.Concerns;
                return (DialogIds.ChoicePrompt, options);
            case FactKind.State:
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
