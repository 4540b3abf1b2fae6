namespace CareerPlanner.Web.Pages.Dashboard;

/// <summary>One step of the getting-started checklist: done when the data says so, with the page where it is done.</summary>
public sealed record StartStep(string Title, bool Done, string Page, int? PlanId = null, string? Stage = null);

public sealed record GettingStartedView(IReadOnlyList<StartStep> Steps)
{
    public int DoneCount => Steps.Count(s => s.Done);
}

/// <summary>What the checklist is ticked from: the person's own data (read with the rest of the dashboard).</summary>
public sealed record GettingStartedFacts(bool SelfAssessment, int? FirstPlan, bool Option, bool Vision, bool Goal, bool Action, bool CheckIn);

/// <summary>
/// The first loop through the method, as an ordered checklist ticked from the person's own data: a self-assessment, a
/// plan, a researched career option, a vision and a first SMART goal, a first action, a first check-in. Null once
/// every step is done or the person put it away.
/// </summary>
public static class GettingStarted
{
    public static GettingStartedView? Checklist(GettingStartedFacts facts, bool dismissed)
    {
        var plan = facts.FirstPlan;
        StartStep InPlan(string title, bool done, PlanStage stage) =>
            plan is null ? new(title, done, "/Plans/Create") : new(title, done, "/Plans/Wizard/Stage", plan, stage.Slug());
        var steps = new List<StartStep>
        {
            new("Start your self-assessment: strengths, skills, values", facts.SelfAssessment, "/SelfAssessment/Index"),
            new("Create a career plan", plan is not null, plan is null ? "/Plans/Create" : "/Plans/Details", plan),
            InPlan("Research a career option", facts.Option, PlanStage.Research),
            InPlan("Write a vision and a first SMART goal", facts.Vision && facts.Goal, PlanStage.Planning),
            InPlan("Plan a first action", facts.Action, PlanStage.Action),
            InPlan("Hold a first check-in", facts.CheckIn, PlanStage.Evaluation),
        };
        return dismissed || steps.All(s => s.Done) ? null : new GettingStartedView(steps);
    }
}
