using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.TestSupport;

/// <summary>
/// One of everything a user can own, made through the app's own forms, and the ids the routes take (by route
/// parameter name: "id" is the plan, "goalId" a goal, "token" the feedback link's token…).
/// </summary>
public static class OwnedData
{
    /// <summary>Also shares the plan (every part) with a mentor, who comments and suggests a goal: the mentor's client is returned too.</summary>
    public static async Task<(HttpClient Owner, string Email, int PlanId, IReadOnlyDictionary<string, string> Ids, HttpClient Mentor)> SeedAsync(CareerPlannerFactory factory)
    {
    var (owner, email) = await factory.RegisterNewUserAsync();
    var planId = await owner.CreatePlanAsync("Owner's plan");
    using (await owner.SubmitAsync($"/Plans/{planId}/Vision", new Dictionary<string, string> { ["Input.VisionStatement"] = "Owner's vision" })) { }
    using (await owner.SubmitAsync("/SelfAssessment/Items/Create/Strength", new Dictionary<string, string> { ["Input.Text"] = "Owner's strength" })) { }
    using (await owner.SubmitAsync("/SelfAssessment/Skills/Create", new Dictionary<string, string> { ["Input.Name"] = "Owner's skill", ["Input.Rating"] = "4" })) { }
    var optionId = await owner.CreateOptionAsync(planId, "Owner's option");
    using (await owner.SubmitAsync($"/Plans/{planId}/Options/{optionId}", new Dictionary<string, string> { ["Input.Name"] = "Owner's demand", ["Input.RequiredLevel"] = "3" })) { }
    using (await owner.SubmitAsync($"/Plans/{planId}/Activities/Create", new Dictionary<string, string> { ["Input.Learned"] = "Owner's lesson" })) { }
    using (await owner.SubmitAsync($"/Plans/{planId}/Notes/Create", new Dictionary<string, string> { ["Input.Text"] = "Owner's note" })) { }
    var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
    var goalId = await owner.CreateGoalAsync(planId, today, new Dictionary<string, string>
    {
        ["Input.Title"] = "Owner's big goal", ["Input.OptionIds"] = optionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
    using (await owner.SubmitAsync($"/Plans/{planId}/Goals/{goalId}/Milestones/Plan", new Dictionary<string, string> { ["Input.Title"] = "Owner's milestone" })) { }
    using (await owner.SubmitAsync($"/Plans/{planId}/Actions/Create", new Dictionary<string, string> { ["Input.Title"] = "Owner's action" })) { }
    using (await owner.SubmitAsync("/Learning/Create", new Dictionary<string, string> { ["Input.Title"] = "Owner's book" })) { }
    using (await owner.SubmitAsync("/History/Positions", new Dictionary<string, string> { ["Input.Title"] = "Owner's job", ["Input.Employer"] = "Owner's employer", ["Input.Started"] = "2020", ["Input.Current"] = "true" })) { }
    using (await owner.SubmitAsync("/History/Education", new Dictionary<string, string> { ["Input.Institution"] = "Owner's school" })) { }
    using (await owner.SubmitAsync("/History/Certifications", new Dictionary<string, string> { ["Input.Name"] = "Owner's licence" })) { }
    using (await owner.SubmitAsync("/History/Languages", new Dictionary<string, string> { ["Input.Name"] = "Owner's language", ["Input.Proficiency"] = "NativeOrBilingual" })) { }
    using (await owner.SubmitAsync("/Achievements/Create", new Dictionary<string, string> { ["Input.What"] = "Owner's win" })) { }
    var (requestId, link) = await owner.CreateFeedbackRequestAsync(anonymous: false);
    using (await owner.SubmitAsync("/Network/Create", new Dictionary<string, string> { ["Input.Name"] = "Owner's contact", ["Input.HowWeKnow"] = "Work" })) { }
    using (await owner.SubmitAsync("/OneOnOnes", new Dictionary<string, string> { ["Input.WithWhom"] = "Owner's manager" })) { }
    using (await owner.SubmitAsync($"/Plans/{planId}/Reviews/New/weekly", new Dictionary<string, string> { ["Input.Satisfaction"] = "7", ["Input.WentWell"] = "Owner's week" })) { }
    var (mentor, _) = await factory.ShareWithNewMentorAsync(owner, planId);
    using (await mentor.SubmitAsync($"/Shared/Plans/{planId}", new Dictionary<string, string> { ["Input.Text"] = "Mentor's comment" })) { }
    using (await mentor.SubmitAsync($"/Shared/Plans/{planId}/Suggest", new Dictionary<string, string> { ["Input.Kind"] = "Goal", ["Input.Title"] = "Mentor's suggestion" })) { }
    var ids = await factory.WithDbAsync(async db =>
    {
        var ownerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        string Id(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["optionId"] = Id(optionId),
            ["goalId"] = Id(goalId),
            ["requestId"] = Id(requestId),
            ["contactId"] = Id(await db.Contacts.Where(c => c.UserId == ownerId).Select(c => c.Id).SingleAsync()),
            ["meetingId"] = Id(await db.OneOnOnes.Where(m => m.UserId == ownerId).Select(m => m.Id).SingleAsync()),
            ["reviewId"] = Id(await db.Reviews.Where(r => r.PlanId == planId).Select(r => r.Id).SingleAsync()),
            ["milestoneId"] = Id(await db.Milestones.Where(m => m.GoalId == goalId).Select(m => m.Id).SingleAsync()),
            ["actionId"] = Id(await db.ActionItems.Where(a => a.PlanId == planId).Select(a => a.Id).SingleAsync()),
            ["learningId"] = Id(await db.LearningItems.Where(i => i.UserId == ownerId).Select(i => i.Id).SingleAsync()),
            ["achievementId"] = Id(await db.Achievements.Where(a => a.UserId == ownerId).Select(a => a.Id).SingleAsync()),
            ["demandId"] = Id(await db.DemandedSkills.Where(d => d.CareerOptionId == optionId).Select(d => d.Id).SingleAsync()),
            ["activityId"] = Id(await db.ExplorationActivities.Where(a => a.PlanId == planId).Select(a => a.Id).SingleAsync()),
            ["positionId"] = Id(await db.Positions.Where(p => p.UserId == ownerId).Select(p => p.Id).SingleAsync()),
            ["educationId"] = Id(await db.Education.Where(e => e.UserId == ownerId).Select(e => e.Id).SingleAsync()),
            ["certificationId"] = Id(await db.Certifications.Where(c => c.UserId == ownerId).Select(c => c.Id).SingleAsync()),
            ["languageId"] = Id(await db.Languages.Where(l => l.UserId == ownerId).Select(l => l.Id).SingleAsync()),
            ["noteId"] = Id(await db.ResearchNotes.Where(n => n.PlanId == planId).Select(n => n.Id).SingleAsync()),
            ["shareId"] = Id(await db.PlanShares.Where(s => s.PlanId == planId).Select(s => s.Id).SingleAsync()),
            ["commentId"] = Id(await db.PlanComments.Where(c => c.PlanId == planId).Select(c => c.Id).SingleAsync()),
            ["suggestionId"] = Id(await db.PlanSuggestions.Where(s => s.PlanId == planId).Select(s => s.Id).SingleAsync()),
            ["token"] = link.Segments[^1],
            ["id"] = planId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["itemId"] = (await db.SelfAssessmentItems.SingleAsync(i => i.UserId == ownerId)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["skillId"] = (await db.Skills.SingleAsync(s => s.UserId == ownerId)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    });
        return (owner, email, planId, ids, mentor);
    }
}
