namespace CareerPlanner.Web.Pages.Plans.Wizard;

/// <summary>The short introduction each stage's hub opens with: why it matters, what good looks like, an example.</summary>
public sealed record StageGuide(string Why, string GoodLooksLike, string Example)
{
    public static StageGuide For(PlanStage stage) => stage switch
    {
        PlanStage.SelfAssessment => new(
            "Every good plan starts from an honest picture of where you stand. Knowing what you are good at, what drains you and what you care about keeps you from chasing a role that looks right on paper and feels wrong on a Monday morning.",
            "A handful of strengths you could back with an example, one or two areas to grow, the interests and values that make work worth it, and your key skills rated honestly.",
            "\"Strength: turning messy requirements into a clear plan — I led the billing migration.\" \"Value: autonomy over how I work.\""),
        PlanStage.Research => new(
            "Before committing, look around. Research turns vague ideas into concrete options and shows you, skill by skill, how far each one is from where you are today.",
            "Two or three career options described in your own words, the skills each one demands, and at least one you have shortlisted — informed by reading, conversations and trying things out.",
            "\"Option: data engineer. Demands SQL (4/5), Python (3/5), cloud pipelines (3/5). Talked to Sam, who made the move last year.\""),
        PlanStage.Planning => new(
            "A plan turns a direction into commitments. A vision says where you are heading; SMART goals make the next steps specific enough to act on and to check.",
            "A vision statement you would be glad to read in five years, goals that are Specific, Measurable, Achievable, Relevant and Time-bound, and a backup plan for when the main path stalls.",
            "Vision: \"Lead a small team building tools people love, with time left for my family.\" Goal: \"Pass the AWS Data Engineer exam by 30 June.\""),
        PlanStage.Action => new(
            "Plans change nothing until they become actions with dates. This stage is where the work happens: small steps, learning, the wins you collect and the people you meet.",
            "A short list of next actions, each with a due date; a record of what you learn and achieve as you go.",
            "\"Finish the SQL course module 3 by Friday.\" \"Ask Priya for a 20-minute chat about her team.\""),
        PlanStage.Evaluation => new(
            "Careers and markets move. Regular reviews catch drift early: are the goals still right, is the career still right, what have you learned, what will you change?",
            "Short check-ins every week or month, a deeper review each quarter, and the changes you made to the plan written down with the reason.",
            "\"Q3 review: goal 1 on track, goal 2 slipped — pushing the deadline to November because the course moved.\""),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
