namespace CareerPlanner.Web.Domain;

/// <summary>The six interest areas, in the fixed order that also breaks ties in the ranking.</summary>
public enum InterestArea
{
    HandsOn = 1,
    Investigative = 2,
    Creative = 3,
    Helping = 4,
    Leading = 5,
    Organising = 6,
}

public sealed record InterestQuestion(int Number, InterestArea Area, string Statement);

public sealed record AreaScore(InterestArea Area, double Mean);

/// <summary>
/// A short interest self-test of our own writing: 30 statements, five per area, each answered from 1 (not at all
/// me) to 5 (very much me). An area's score is the mean of its five answers; the profile ranks the areas by score,
/// highest first, and a tie keeps the areas' fixed order (hands-on, investigative, creative, helping, leading,
/// organising).
/// </summary>
public static class InterestTest
{
    public const int MinAnswer = 1;
    public const int MaxAnswer = 5;

    public static IReadOnlyList<InterestArea> Areas { get; } = Enum.GetValues<InterestArea>();

    /// <summary>Six scores, one per area in the areas' fixed order, as a profile.</summary>
    public static IReadOnlyList<AreaScore> Profile(double handsOn, double investigative, double creative, double helping, double leading, double organising) =>
    [
        new(InterestArea.HandsOn, handsOn), new(InterestArea.Investigative, investigative), new(InterestArea.Creative, creative),
        new(InterestArea.Helping, helping), new(InterestArea.Leading, leading), new(InterestArea.Organising, organising),
    ];

    public static IReadOnlyList<InterestQuestion> Questions { get; } = Build(
    [
        (InterestArea.HandsOn, "I like fixing, building or assembling things with my hands."),
        (InterestArea.Investigative, "I enjoy working out why something happens."),
        (InterestArea.Creative, "I like coming up with new ideas, designs or stories."),
        (InterestArea.Helping, "I enjoy helping someone understand something."),
        (InterestArea.Leading, "I like persuading people to back an idea."),
        (InterestArea.Organising, "I like keeping records, files or lists in good order."),
        (InterestArea.HandsOn, "I would rather work with tools, machines or materials than with paperwork."),
        (InterestArea.Investigative, "I enjoy reading about science, technology or research."),
        (InterestArea.Creative, "I enjoy making something look or sound good."),
        (InterestArea.Helping, "People come to me when they need someone to listen."),
        (InterestArea.Leading, "I like being the one who makes the final decision."),
        (InterestArea.Organising, "I like following a clear procedure and getting the details right."),
        (InterestArea.HandsOn, "I enjoy being outdoors or on the move while I work."),
        (InterestArea.Investigative, "I like analysing data to find a pattern."),
        (InterestArea.Creative, "I prefer tasks with no single right answer."),
        (InterestArea.Helping, "I would enjoy coaching or mentoring others."),
        (InterestArea.Leading, "I like setting goals for a group and driving it towards them."),
        (InterestArea.Organising, "I like planning schedules and budgets."),
        (InterestArea.HandsOn, "I like seeing a physical result at the end of the day."),
        (InterestArea.Investigative, "I like solving puzzles that take a long time to crack."),
        (InterestArea.Creative, "I like expressing myself through writing, music, art or design."),
        (InterestArea.Helping, "I care a lot about whether my work makes someone's life better."),
        (InterestArea.Leading, "I enjoy negotiating a deal."),
        (InterestArea.Organising, "I notice mistakes in numbers or text that others miss."),
        (InterestArea.HandsOn, "I enjoy operating equipment or vehicles."),
        (InterestArea.Investigative, "I like testing an idea with an experiment."),
        (InterestArea.Creative, "I like to change how things are usually done."),
        (InterestArea.Helping, "I enjoy working in a team where people look after each other."),
        (InterestArea.Leading, "I would like to start or run my own business."),
        (InterestArea.Organising, "I like turning a messy situation into an orderly system."),
    ]);

    public static string Title(this InterestArea area) => area switch
    {
        InterestArea.HandsOn => "Hands-on",
        _ => area.ToString(),
    };

    public static string Explanation(this InterestArea area) => area switch
    {
        InterestArea.HandsOn => "You like practical, physical work with tools, machines or the outdoors, and a result you can see.",
        InterestArea.Investigative => "You like ideas, analysis and finding out how and why things work.",
        InterestArea.Creative => "You like making new things and work with room for imagination and self-expression.",
        InterestArea.Helping => "You like teaching, caring for and supporting people.",
        InterestArea.Leading => "You like persuading, deciding and taking charge of goals and results.",
        InterestArea.Organising => "You like order, accuracy and clear systems for data, money or plans.",
        _ => "",
    };

    /// <summary>The numbers (from 1) of the questions without an answer from 1 to 5.</summary>
    public static IReadOnlyList<int> Unanswered(IReadOnlyDictionary<int, int> answers) =>
        [.. Questions.Where(q => !answers.TryGetValue(q.Number, out var a) || a is < MinAnswer or > MaxAnswer).Select(q => q.Number)];

    /// <summary>Each area's mean, ranked highest first; ties keep the fixed area order. Every question must be answered.</summary>
    public static IReadOnlyList<AreaScore> Score(IReadOnlyDictionary<int, int> answers)
    {
        if (Unanswered(answers).Count > 0)
        {
            throw new ArgumentException("Every question must be answered from 1 to 5.", nameof(answers));
        }
        return Rank(Areas.Select(area => new AreaScore(area, Questions.Where(q => q.Area == area).Average(q => answers[q.Number]))));
    }

    public static IReadOnlyList<AreaScore> Rank(IEnumerable<AreaScore> scores) =>
        [.. scores.OrderByDescending(s => s.Mean).ThenBy(s => (int)s.Area)];

    private static IReadOnlyList<InterestQuestion> Build((InterestArea Area, string Statement)[] items) =>
        [.. items.Select((item, index) => new InterestQuestion(index + 1, item.Area, item.Statement))];
}

/// <summary>One sitting of the interest test; earlier results are kept so the person can see what changed.</summary>
public class InterestTestResult
{
    private InterestTestResult()
    {
    }

    public InterestTestResult(string userId, IReadOnlyList<AreaScore> scores, DateTime takenAtUtc, DateOnly takenOn)
    {
        UserId = userId;
        TakenAtUtc = takenAtUtc;
        TakenOn = takenOn;
        double Of(InterestArea area) => scores.Single(s => s.Area == area).Mean;
        HandsOn = Of(InterestArea.HandsOn);
        Investigative = Of(InterestArea.Investigative);
        Creative = Of(InterestArea.Creative);
        Helping = Of(InterestArea.Helping);
        Leading = Of(InterestArea.Leading);
        Organising = Of(InterestArea.Organising);
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public DateTime TakenAtUtc { get; private set; }
    public DateOnly TakenOn { get; private set; }
    public double HandsOn { get; private set; }
    public double Investigative { get; private set; }
    public double Creative { get; private set; }
    public double Helping { get; private set; }
    public double Leading { get; private set; }
    public double Organising { get; private set; }

    public IReadOnlyList<AreaScore> Ranked => InterestTest.Rank(InterestTest.Profile(HandsOn, Investigative, Creative, Helping, Leading, Organising));
}
