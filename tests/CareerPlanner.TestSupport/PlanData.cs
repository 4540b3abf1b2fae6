using CareerPlanner.Web.Domain;

namespace CareerPlanner.TestSupport;

public static class PlanData
{
    /// <summary>
    /// A plan with <paramref name="count"/> goals — one through the form, the rest written straight to the database —
    /// each with a reading, a milestone in 30 days and an open action, for the tests that count SQL commands.
    /// </summary>
    public static async Task<int> PlanWithAsync(this CareerPlannerFactory factory, HttpClient client, int count)
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var planId = await client.CreatePlanAsync($"Plan with {count} of each");
        var first = await client.CreateGoalAsync(planId, today);
        await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var goals = Enumerable.Range(1, count - 1).Select(n => new Goal(planId, today, now)
            {
                Title = $"Goal {n}", Description = "Done", MetricType = MetricType.Number, MetricWhat = "things", Baseline = 0, Target = 10,
                Achievable = "Evenings", RelevanceReason = "Because it matters", Horizon = GoalHorizon.OneYear, TargetDate = today.AddMonths(6),
            }).ToList();
            db.Goals.AddRange(goals);
            await db.SaveChangesAsync();
            var ids = goals.Select(g => g.Id).Prepend(first).ToList();
            db.ProgressReadings.AddRange(ids.Select(id => new ProgressReading(id, today, 1, null, now)));
            db.Milestones.AddRange(ids.Select(id => new Milestone(id, "Halfway", 1) { Date = today.AddDays(30) }));
            db.ActionItems.AddRange(ids.Select(id => new ActionItem(planId) { Title = "Next step", DueDate = today.AddDays(id % 20), GoalId = id }));
            await db.SaveChangesAsync();
        });
        return planId;
    }
}
