using System.Text.Json.Nodes;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Dialogs.Tests.Understanding;

/// <summary>Spanish openings (content/es/stages.json) find the same stages and facts as English ones, in any chat language.</summary>
public class SpanishStageRecognitionTests
{
    private static readonly StageRecognizer Recognizer = new(new StageCatalog());

    // Thanksgiving 2026, a Thursday (as in NaturalDateParserTests).
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    // concerned
    [InlineData("Estoy preocupada porque mi hijo no sabe leer", "concerned")]
    [InlineData("mi hija tiene 7 años y todavía no lee", "concerned")]
    [InlineData("la maestra dice que no pone atención en clase", "concerned")]
    [InlineData("creo que mi niño tiene dislexia", "concerned")]
    [InlineData("¿Cómo consigo un IEP para mi hijo?", "concerned")]
    [InlineData("mi hijo tiene TDAH y va atrasado en matemáticas", "concerned")]
    [InlineData("a mi hija le acaban de diagnosticar autismo, ¿por dónde empiezo?", "concerned")]
    [InlineData("le cuesta mucho leer y escribir, es la primera vez que pido ayuda", "concerned")]
    [InlineData("Quiero que lo evalúen para ver si tiene un problema de aprendizaje", "concerned")]
    [InlineData("mi niño de 4 años casi no habla, el pediatra dijo que tiene retraso del habla", "concerned")]
    [InlineData("esta reprobando todas las materias y no se que pasa", "concerned")]
    [InlineData("mi hija batalla para leer y la miss dice que se está quedando atrás", "concerned")]
    [InlineData("soy nueva en esto, ¿qué debo hacer primero?", "concerned")]
    [InlineData("mi hijo no tiene IEP todavía y le cuesta leer", "concerned")]
    // evaluation-requested
    [InlineData("pedí una evaluación en septiembre y no me han contestado", "evaluation-requested")]
    [InlineData("Solicité una evaluación hace un mes", "evaluation-requested")]
    [InlineData("le mandé un correo a la directora pidiendo que lo evaluaran y nada", "evaluation-requested")]
    [InlineData("firmé el consentimiento en octubre y todavía no lo evalúan", "evaluation-requested")]
    [InlineData("ya lo están evaluando", "evaluation-requested")]
    [InlineData("mandé una carta pidiendo un IEP el 3 de septiembre y sigo esperando", "evaluation-requested")]
    [InlineData("PEDI UNA EVALUACION Y NADIE ME CONTESTA", "evaluation-requested")]
    // evaluation-complete
    [InlineData("ya terminaron la evaluación, ¿ahora qué sigue?", "evaluation-complete")]
    [InlineData("me dieron los resultados de las pruebas pero no entiendo el reporte", "evaluation-complete")]
    [InlineData("la evaluación ya terminó y tenemos la reunión de elegibilidad la próxima semana", "evaluation-complete")]
    [InlineData("ya le hicieron la evaluación psicoeducativa", "evaluation-complete")]
    [InlineData("estamos esperando la primera reunión del IEP", "evaluation-complete")]
    // not-eligible
    [InlineData("la escuela dijo que no califica", "not-eligible")]
    [InlineData("la escuela dijo que no califica para el IEP", "not-eligible")]
    [InlineData("me dijeron que mi hija no es elegible para educación especial", "not-eligible")]
    [InlineData("No calificó porque saca buenas calificaciones", "not-eligible")]
    [InlineData("dicen que es demasiado inteligente para un IEP", "not-eligible")]
    [InlineData("le negaron el IEP a mi hijo", "not-eligible")]
    [InlineData("dicen que no necesita educación especial", "not-eligible")]
    // iep-in-place
    [InlineData("el IEP no está funcionando", "iep-in-place")]
    [InlineData("el iep no esta funcionando", "iep-in-place")]
    [InlineData("las metas del IEP son las mismas del año pasado", "iep-in-place")]
    [InlineData("la reunión anual es el próximo mes", "iep-in-place")]
    [InlineData("mi hija tiene un IEP y todavía no puede leer", "iep-in-place")]
    [InlineData("¿puede tener año escolar extendido? retrocede en el verano", "iep-in-place")]
    // plan-504
    [InlineData("tiene un 504", "plan-504")]
    [InlineData("mi hijo tiene un plan 504 pero no es suficiente", "plan-504")]
    [InlineData("la escuela no cumple con su 504", "plan-504")]
    [InlineData("tiene un 504 por su TDAH", "plan-504")]
    // discipline
    [InlineData("lo suspendieron otra vez", "discipline")]
    [InlineData("la expulsaron de la escuela", "discipline")]
    [InlineData("suspendieron a mi hijo 3 días la semana pasada", "discipline")]
    [InlineData("me llaman todos los días para que lo recoja", "discipline")]
    [InlineData("lo mandan a la casa casi todos los días", "discipline")]
    [InlineData("me lo mandan pa' la casa cada semana", "discipline")]
    [InlineData("quieren ponerlo en otro salón", "discipline")]
    [InlineData("lo quieren mandar a una escuela alternativa", "discipline")]
    [InlineData("solo lo dejan ir medio día", "discipline")]
    [InlineData("lo sacan del salón por su conducta", "discipline")]
    // disagreement
    [InlineData("no me hacen caso", "disagreement")]
    [InlineData("quiero una evaluación independiente", "disagreement")]
    [InlineData("estoy pensando en pedir una audiencia de debido proceso", "disagreement")]
    [InlineData("¿necesito un abogado?", "disagreement")]
    [InlineData("la escuela no nos escucha y estoy atorada", "disagreement")]
    [InlineData("me dan largas, vueltas y vueltas", "disagreement")]
    [InlineData("quiero poner una queja con el estado", "disagreement")]
    [InlineData("¿cómo pido que evalúen a mi hijo?", "concerned")]
    [InlineData("mi hijo de kinder no sabe las letras", "concerned")]
    [InlineData("la escuela no me ha contestado sobre la evaluación", "evaluation-requested")]
    [InlineData("ya evaluaron a mi hija y me dieron un reporte muy largo", "evaluation-complete")]
    [InlineData("le hicieron pruebas y no calificó", "not-eligible")]
    [InlineData("lo quieren cambiar a otra escuela por su comportamiento", "discipline")]
    [InlineData("a cada rato me llaman para que vaya por él", "discipline")]
    [InlineData("el distrito no respeta los derechos de mi hijo", "disagreement")]
    [InlineData("la escuela me está ignorando", "disagreement")]
    [InlineData("le cuesta leer, pedí una evaluación", "evaluation-requested")]
    [InlineData("pedí una evaluación independiente", "disagreement")]
    [InlineData("pedí que le hicieran una evaluación externa", "disagreement")]
    [InlineData("me preocupa que lo suspendan", "discipline")]
    // mixed with English, whatever the chat language
    [InlineData("my son is struggling y no puede leer", "concerned")]
    [InlineData("I asked for an evaluation pero no me han contestado", "evaluation-requested")]
    [InlineData("he got suspended, lo mandan a casa", "discipline")]
    public void Recognize_SpanishOpenings_FindTheStage(string opening, string expected)
    {
        var recognition = Recognizer.Recognize(opening);

        Assert.Equal(expected, recognition.Confident);
    }

    [Theory]
    [InlineData("dicen que esperemos", "evaluation-requested", "schoolRefusedEvaluation", "true")]
    [InlineData("en la escuela dicen que esperemos a ver si mejora", "evaluation-requested", "schoolRefusedEvaluation", "true")]
    [InlineData("quieren intentar intervenciones primero antes de evaluarla", "evaluation-requested", "schoolRefusedEvaluation", "true")]
    [InlineData("dicen que es muy pequeño para evaluarlo", "evaluation-requested", "schoolRefusedEvaluation", "true")]
    [InlineData("se negaron a evaluar a mi hijo", "evaluation-requested", "schoolRefusedEvaluation", "true")]
    [InlineData("mi hijo tiene un IEP pero no está progresando", "iep-in-place", "makingProgress", "false")]
    [InlineData("tiene IEP desde hace dos años y sigue igual", "iep-in-place", "makingProgress", "false")]
    [InlineData("no le están dando las terapias", "iep-in-place", "servicesDelivered", "false")]
    [InlineData("no están siguiendo su IEP", "iep-in-place", "servicesDelivered", "false")]
    [InlineData("no le dan la terapia de lenguaje aunque está en su IEP", "iep-in-place", "servicesDelivered", "false")]
    [InlineData("no estoy de acuerdo con la evaluación", "disagreement", "disagreesWithEvaluation", "true")]
    [InlineData("los resultados estan mal, no estamos de acuerdo con los resultados", "disagreement", "disagreesWithEvaluation", "true")]
    [InlineData("le pusieron detención y lo castigan todo el tiempo, lo suspendieron", "discipline", "behaviorConcerns", "true")]
    public void Recognize_SpanishOpenings_AnswerTheFactsTheySay(string opening, string stage, string fact, string value)
    {
        var recognition = Recognizer.Recognize(opening);

        Assert.Equal(stage, recognition.Confident);
        Assert.Equal(JsonNode.Parse(value)!.ToJsonString(), recognition.ImpliedFacts(stage)[fact]?.ToJsonString());
    }

    [Theory]
    [InlineData("pedí una evaluación en septiembre", "evaluation-requested")]
    [InlineData("el IEP no está funcionando", "iep-in-place")]
    [InlineData("la escuela dijo que no califica", "not-eligible")]
    [InlineData("lo suspendieron", "discipline")]
    public void Recognize_AStageWithoutAFactPhrase_ImpliesNothing(string opening, string stage)
    {
        var recognition = Recognizer.Recognize(opening);

        Assert.Equal(stage, recognition.Confident);
        Assert.Empty(recognition.ImpliedFacts(stage));
    }

    [Theory]
    [InlineData("pedí una evaluación en septiembre y no me han contestado", "2026-09-01")]
    [InlineData("Solicité una evaluación hace un mes", "2026-10-26")]
    [InlineData("mandé una carta pidiendo un IEP el 3 de septiembre y sigo esperando", "2026-09-03")]
    [InlineData("firmé el consentimiento a principios de octubre", "2026-10-05")]
    [InlineData("suspendieron a mi hijo 3 días la semana pasada", "2026-11-19")]
    [InlineData("la escuela dijo ayer que no califica", "2026-11-25")]
    public void Opening_DateInTheSameMessage_IsRead(string opening, string expected)
    {
        var date = NaturalDateParser.Parse(opening, Today);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date?.Date);
    }

    [Theory]
    [InlineData("Hola, necesito ayuda con la escuela de mi hijo")]
    [InlineData("Hola, mi hijo tiene problemas en la escuela y no sé qué hacer")]
    [InlineData("buenas tardes")]
    [InlineData("¿hablan español?")]
    [InlineData("gracias")]
    public void Recognize_SpanishGreeting_HasNoSignal(string opening)
    {
        var recognition = Recognizer.Recognize(opening);

        Assert.Null(recognition.Confident);
        Assert.Empty(recognition.Candidates);
    }

    [Theory]
    [InlineData("tiene un 504 y lo suspendieron", "plan-504", "discipline")]
    [InlineData("lo suspendieron y no estoy de acuerdo", "discipline", "disagreement")]
    public void Recognize_TwoStagesLikely_OffersBothToChoose(string opening, string first, string second)
    {
        var recognition = Recognizer.Recognize(opening);

        Assert.Null(recognition.Confident);
        Assert.Equal(new[] { first, second }.Order(), recognition.Candidates.Take(2).Select(c => c.Stage).Order());
    }

    [Theory]
    [InlineData("todavía no le hicieron la evaluación", "evaluation-complete")]
    [InlineData("mi hijo no saca buenas notas", "not-eligible")]
    [InlineData("mi hijo todavía no tiene un IEP", "iep-in-place")]
    [InlineData("me llaman a medio día para preguntar cómo va", "discipline")]
    [InlineData("la maestra no habla español", "concerned")]
    public void Recognize_NegatedOrEverydayWords_DoNotPointToTheStage(string opening, string notStage)
    {
        var recognition = Recognizer.Recognize(opening);

        Assert.DoesNotContain(recognition.Candidates, c => c.Stage == notStage);
    }

    [Fact]
    public void SpanishFile_CoversEveryStage_WithTheEnglishDateAndFactKeys()
    {
        var english = DialogContent.Files.Read<StagesDocument>("stages.json");
        var spanish = DialogContent.Files.Read<StagesDocument>("es/stages.json");
        var englishKeys = english.Stages.SelectMany(s => s.Signals).SelectMany(signal => signal.Implies.Keys).ToHashSet(StringComparer.Ordinal);
        var englishPhrases = english.Stages.SelectMany(s => s.Signals).SelectMany(signal => signal.Phrases).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        var spanishPhrases = spanish.Stages.SelectMany(s => s.Signals).SelectMany(signal => signal.Phrases).Select(TextNormalizer.Normalize).ToList();

        Assert.Equal(english.Stages.Select(s => s.Stage).Order(), spanish.Stages.Select(s => s.Stage).Order());
        Assert.All(spanish.Stages, stage =>
        {
            Assert.NotEmpty(stage.Signals);
            Assert.Equal(english.Stages.Single(s => s.Stage == stage.Stage).DateFact, stage.DateFact);
            Assert.All(stage.Signals.SelectMany(signal => signal.Implies.Keys), key => Assert.Contains(key, englishKeys));
        });
        // A phrase in both files would count twice for one message.
        Assert.DoesNotContain(spanishPhrases, englishPhrases.Contains);
        Assert.Equal(spanishPhrases.Count, spanishPhrases.Distinct(StringComparer.Ordinal).Count());
        Assert.All(new StageCatalog().Stages, stage => Assert.Equal(
            english.Stages.Single(s => s.Stage == stage.Stage).Signals.Count + spanish.Stages.Single(s => s.Stage == stage.Stage).Signals.Count,
            stage.Signals.Count));
    }

    [Fact]
    public void Merge_AStageTheEnglishFileLacks_IsRejected()
    {
        var english = new StagesDocument { Stages = [new StageDefinition { Stage = "concerned" }] };
        var spanish = new StagesDocument { Stages = [new StageDefinition { Stage = "preocupado" }] };

        Assert.Throws<InvalidOperationException>(() => StageCatalog.Merge(english, spanish));
    }

    [Fact]
    public void Merge_ADifferentDateFact_IsRejected()
    {
        var english = new StagesDocument { Stages = [new StageDefinition { Stage = "discipline", DateFact = "disciplineChangeOfPlacementOn" }] };
        var spanish = new StagesDocument { Stages = [new StageDefinition { Stage = "discipline", DateFact = "suspendedOn" }] };

        Assert.Throws<InvalidOperationException>(() => StageCatalog.Merge(english, spanish));
    }

    [Theory]
    [InlineData("Evaluación", "evaluacion")]
    [InlineData("AÑO escolar, ¿qué pasó?", "ano escolar que paso")]
    [InlineData("pingüino", "pinguino")]
    [InlineData("He doesn't qualify.", "he doesnt qualify")]
    [InlineData("我的孩子", "我的孩子")]
    public void Normalize_FoldsAccentsWithoutChangingEnglish(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }
}
