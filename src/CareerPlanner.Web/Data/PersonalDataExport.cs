using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Data;

/// <summary>
/// Everything the app holds about one person, table by table (keyed by table name), for the personal-data download.
/// Every table a user owns must appear here; a test compares this with the model so none is forgotten.
/// Secrets that only protect the account (password hash, security stamp, token values) are left out.
/// </summary>
public sealed class PersonalDataExport(AppDbContext db, UserManager<AppUser> userManager, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<string, object>> CollectAsync(AppUser user)
    {
        var id = user.Id;
        var tables = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["AspNetUsers"] = new[]
            {
                new
                {
                    user.Id, user.UserName, user.Email, user.EmailConfirmed, user.PhoneNumber, user.PhoneNumberConfirmed,
                    user.TwoFactorEnabled, user.LockoutEnabled, user.LockoutEnd, user.AccessFailedCount,
                    AuthenticatorKey = await userManager.GetAuthenticatorKeyAsync(user),
                },
            },
            ["AspNetUserClaims"] = await db.UserClaims.AsNoTracking().Where(c => c.UserId == id)
                .Select(c => new { c.ClaimType, c.ClaimValue }).ToListAsync(),
            ["AspNetUserLogins"] = await db.UserLogins.AsNoTracking().Where(l => l.UserId == id)
                .Select(l => new { l.LoginProvider, l.ProviderKey, l.ProviderDisplayName }).ToListAsync(),
            ["AspNetUserRoles"] = await db.UserRoles.AsNoTracking().Where(r => r.UserId == id)
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => new { Role = r.Name }).ToListAsync(),
            ["AspNetUserTokens"] = await db.UserTokens.AsNoTracking().Where(t => t.UserId == id)
                .Select(t => new { t.LoginProvider, t.Name, Value = "(kept secret: it protects your account)" }).ToListAsync(),
            ["UserProfiles"] = await db.UserProfiles.AsNoTracking().Where(p => p.UserId == id)
                .Select(p => new { p.DisplayName, p.TimeZoneId, FirstDayOfWeek = p.FirstDayOfWeek.ToString(), p.ReviewReminders, p.GettingStartedDismissed }).ToListAsync(),
            ["UserSessions"] = await db.UserSessions.AsNoTracking().Where(s => s.UserId == id).OrderBy(s => s.CreatedAtUtc)
                .Select(s => new { s.Remembered, s.CreatedAtUtc, s.LastSeenAtUtc, s.AuthenticatedAtUtc }).ToListAsync(),
            ["SelfAssessmentItems"] = await db.SelfAssessmentItems.AsNoTracking().Where(i => i.UserId == id)
                .OrderBy(i => i.Kind).ThenBy(i => i.Position)
                .Select(i => new { Kind = i.Kind.ToString(), i.Text, i.Note, i.Position }).ToListAsync(),
            ["Skills"] = await db.Skills.AsNoTracking().Where(s => s.UserId == id).OrderBy(s => s.Name)
                .Select(s => new { s.Name, Category = s.Category.ToString(), s.Rating, s.Evidence, s.UpdatedOn, s.OnResume }).ToListAsync(),
            ["SkillCoverages"] = await db.SkillCoverages.AsNoTracking().Where(c => db.Skills.Any(s => s.Id == c.SkillId && s.UserId == id))
                .Select(c => new { c.DemandedName, CoveredBy = db.Skills.Where(s => s.Id == c.SkillId).Select(s => s.Name).First() }).ToListAsync(),
            ["Reflections"] = await db.Reflections.AsNoTracking().Where(r => r.UserId == id)
                .Select(r => new { Kind = r.Kind.ToString(), r.Text, r.UpdatedAtUtc }).ToListAsync(),
            ["InterestTestResults"] = await db.InterestTestResults.AsNoTracking().Where(r => r.UserId == id).OrderBy(r => r.TakenAtUtc)
                .Select(r => new { r.TakenOn, r.TakenAtUtc, r.HandsOn, r.Investigative, r.Creative, r.Helping, r.Leading, r.Organising }).ToListAsync(),
            ["Plans"] = await db.Plans.AsNoTracking().Where(p => p.OwnerId == id).OrderBy(p => p.Id)
                .Select(p => new
                {
                    p.Id, p.Title, CurrentStage = p.CurrentStage.ToString(), p.IsArchived, p.CreatedAtUtc, p.UpdatedAtUtc,
                    p.VisionStatement, p.BackupPlan, p.BackupTrigger, CheckInCadence = p.CheckInCadence.ToString(),
                }).ToListAsync(),
        };
        var planIds = db.Plans.Where(p => p.OwnerId == id).Select(p => p.Id);
        var optionIds = db.CareerOptions.Where(o => planIds.Contains(o.PlanId)).Select(o => o.Id);
        tables["CareerOptions"] = await db.CareerOptions.AsNoTracking().Where(o => planIds.Contains(o.PlanId)).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.PlanId, o.Title, o.WhyItFits, o.Pros, o.Cons, o.FitRating, Status = o.Status.ToString(), o.RejectionReason, o.OccupationCode, o.CreatedAtUtc })
            .ToListAsync();
        tables["CareerOptionFit"] = await db.Set<CareerOptionFit>().AsNoTracking().Where(f => optionIds.Contains(f.CareerOptionId))
            .Select(f => new { f.CareerOptionId, f.SelfAssessmentItemId }).ToListAsync();
        tables["DemandedSkills"] = await db.DemandedSkills.AsNoTracking().Where(d => optionIds.Contains(d.CareerOptionId)).OrderBy(d => d.Id)
            .Select(d => new { d.CareerOptionId, d.Name, d.RequiredLevel, d.SourceUrl }).ToListAsync();
        tables["ExplorationActivities"] = await db.ExplorationActivities.AsNoTracking().Where(a => planIds.Contains(a.PlanId)).OrderBy(a => a.Date)
            .Select(a => new { a.PlanId, Kind = a.Kind.ToString(), a.Date, a.Contact, a.Learned, a.FollowUpNeeded, a.FollowUp, a.CareerOptionId })
            .ToListAsync();
        tables["ResearchNotes"] = await db.ResearchNotes.AsNoTracking().Where(n => planIds.Contains(n.PlanId)).OrderBy(n => n.CreatedAtUtc)
            .Select(n => new { n.PlanId, n.Text, n.SourceUrl, n.CareerOptionId, n.CreatedAtUtc }).ToListAsync();
        var goalIds = db.Goals.Where(g => planIds.Contains(g.PlanId)).Select(g => g.Id);
        tables["Goals"] = await db.Goals.AsNoTracking().Where(g => planIds.Contains(g.PlanId)).OrderBy(g => g.Id)
            .Select(g => new
            {
                g.Id, g.PlanId, g.ParentGoalId, g.Title, g.Description, MetricType = g.MetricType.ToString(), g.MetricWhat, g.Unit, g.Baseline, g.Target,
                g.Achievable, g.RelevanceReason, Horizon = g.Horizon.ToString(), g.TargetDate, Status = g.Status.ToString(), g.AchievedOn, g.DropReason, g.CreatedOn,
            }).ToListAsync();
        tables["GoalItemLink"] = await db.Set<GoalItemLink>().AsNoTracking().Where(l => goalIds.Contains(l.GoalId))
            .Select(l => new { l.GoalId, l.SelfAssessmentItemId }).ToListAsync();
        tables["GoalOptionLink"] = await db.Set<GoalOptionLink>().AsNoTracking().Where(l => goalIds.Contains(l.GoalId))
            .Select(l => new { l.GoalId, l.CareerOptionId }).ToListAsync();
        tables["ProgressReadings"] = await db.ProgressReadings.AsNoTracking().Where(r => goalIds.Contains(r.GoalId)).OrderBy(r => r.Date)
            .Select(r => new { r.GoalId, r.Date, r.Value, r.Note }).ToListAsync();
        tables["GoalChanges"] = await db.GoalChanges.AsNoTracking().Where(c => planIds.Contains(c.PlanId)).OrderBy(c => c.ChangedAtUtc)
            .Select(c => new { c.PlanId, c.GoalId, c.GoalTitle, c.Field, c.OldValue, c.NewValue, c.Reason, c.ReviewId, c.ChangedAtUtc }).ToListAsync();
        tables["ReviewReminders"] = await db.ReviewReminders.AsNoTracking().Where(r => planIds.Contains(r.PlanId)).OrderBy(r => r.SentAtUtc)
            .Select(r => new { r.PlanId, Kind = r.Kind.ToString(), r.PeriodStart, r.DueSince, r.Overdue, r.SentAtUtc }).ToListAsync();
        // The feed's token is never stored, only its hash, which is of no use to anyone: the download says when it was made.
        tables["CalendarFeeds"] = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == id).Select(f => new { f.CreatedAtUtc }).ToListAsync();
        tables["Reviews"] = await db.Reviews.AsNoTracking().Where(r => planIds.Contains(r.PlanId)).OrderBy(r => r.HeldOn).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, r.PlanId, Kind = r.Kind.ToString(), r.HeldOn, r.PeriodStart, r.PeriodEnd, r.Satisfaction, r.WentWell, r.NextSteps,
                r.DoDifferently, CareerFit = r.CareerFit.ToString(), r.CareerFitWhy, r.NewInformation, r.CreatedAtUtc, r.UpdatedAtUtc,
            }).ToListAsync();
        tables["ReviewGoalNote"] = await db.Set<ReviewGoalNote>().AsNoTracking()
            .Where(n => db.Reviews.Any(r => r.Id == n.ReviewId && planIds.Contains(r.PlanId))).OrderBy(n => n.ReviewId).ThenBy(n => n.GoalId)
            .Select(n => new { n.ReviewId, n.GoalId, n.Value, Judgement = n.Judgement.ToString(), n.Note }).ToListAsync();
        tables["ReviewChange"] = await db.Set<ReviewChange>().AsNoTracking()
            .Where(c => db.Reviews.Any(r => r.Id == c.ReviewId && planIds.Contains(r.PlanId))).OrderBy(c => c.ReviewId).ThenBy(c => c.ChangedAtUtc)
            .Select(c => new { c.ReviewId, c.Field, c.OldValue, c.NewValue, c.ChangedAtUtc }).ToListAsync();
        tables["Milestones"] = await db.Milestones.AsNoTracking().Where(m => goalIds.Contains(m.GoalId)).OrderBy(m => m.GoalId).ThenBy(m => m.Sequence)
            .Select(m => new { m.GoalId, m.Title, m.Sequence, m.Date, m.ReachedOn }).ToListAsync();
        tables["ActionItems"] = await db.ActionItems.AsNoTracking().Where(a => planIds.Contains(a.PlanId)).OrderBy(a => a.DueDate)
            .Select(a => new { a.PlanId, a.Title, a.GoalId, a.MilestoneId, a.DueDate, Status = a.Status.ToString(), a.DoneOn }).ToListAsync();
        tables["LearningItems"] = await db.LearningItems.AsNoTracking().Where(i => i.UserId == id).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Title, Kind = i.Kind.ToString(), Status = i.Status.ToString(), i.StartedOn, i.FinishedOn, i.Learned, i.OnResume }).ToListAsync();
        tables["LearningSkillLink"] = await db.Set<LearningSkillLink>().AsNoTracking()
            .Where(l => db.LearningItems.Any(i => i.Id == l.LearningItemId && i.UserId == id)).Select(l => new { l.LearningItemId, l.SkillId }).ToListAsync();
        tables["Achievements"] = await db.Achievements.AsNoTracking().Where(a => a.UserId == id).OrderBy(a => a.Date)
            .Select(a => new { a.Id, a.Date, a.What, a.Impact, a.PositionId, a.OnResume }).ToListAsync();
        tables["AchievementGoalLink"] = await db.Set<AchievementGoalLink>().AsNoTracking()
            .Where(l => db.Achievements.Any(a => a.Id == l.AchievementId && a.UserId == id)).Select(l => new { l.AchievementId, l.GoalId }).ToListAsync();
        tables["AchievementSkillLink"] = await db.Set<AchievementSkillLink>().AsNoTracking()
            .Where(l => db.Achievements.Any(a => a.Id == l.AchievementId && a.UserId == id)).Select(l => new { l.AchievementId, l.SkillId }).ToListAsync();
        tables["Positions"] = await db.Positions.AsNoTracking().Where(p => p.UserId == id).OrderBy(p => p.StartedOn)
            .Select(p => new
            {
                p.Id, p.Employer, p.Title, p.Location, p.StartedOn, p.StartedYearOnly, p.EndedOn, p.EndedYearOnly, p.Description, p.Highlights, p.Skills, p.OnResume,
            }).ToListAsync();
        tables["Education"] = await db.Education.AsNoTracking().Where(e => e.UserId == id).OrderBy(e => e.StartedOn)
            .Select(e => new { e.Institution, e.Qualification, e.FieldOfStudy, e.StartedOn, e.StartedYearOnly, e.EndedOn, e.EndedYearOnly, e.Notes, e.Skills, e.OnResume })
            .ToListAsync();
        tables["Certifications"] = await db.Certifications.AsNoTracking().Where(c => c.UserId == id).OrderBy(c => c.IssuedOn)
            .Select(c => new { c.Name, c.Issuer, c.IssuedOn, c.ExpiresOn, c.CredentialUrl, c.CredentialId, c.OnResume }).ToListAsync();
        tables["Languages"] = await db.Languages.AsNoTracking().Where(l => l.UserId == id).OrderBy(l => l.Name)
            .Select(l => new { l.Name, Proficiency = l.Proficiency.ToString(), l.OnResume }).ToListAsync();
        tables["ResumeSettings"] = await db.ResumeSettings.AsNoTracking().Where(r => r.UserId == id)
            .Select(r => new { r.Headline, r.Summary, r.SectionOrder }).ToListAsync();
        var contactIds = db.Contacts.Where(c => c.UserId == id).Select(c => c.Id);
        tables["Contacts"] = await db.Contacts.AsNoTracking().Where(c => c.UserId == id).OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.HowWeKnow, c.Organisation, c.Role, c.Email, c.ProfileUrl, c.Phone, c.Tags, c.Notes, c.CadenceDays, c.FollowUpOn, c.CreatedOn })
            .ToListAsync();
        tables["ContactOptionLink"] = await db.Set<ContactOptionLink>().AsNoTracking().Where(l => contactIds.Contains(l.ContactId))
            .Select(l => new { l.ContactId, l.CareerOptionId }).ToListAsync();
        tables["ContactActivityLink"] = await db.Set<ContactActivityLink>().AsNoTracking().Where(l => contactIds.Contains(l.ContactId))
            .Select(l => new { l.ContactId, l.ExplorationActivityId }).ToListAsync();
        tables["Interactions"] = await db.Interactions.AsNoTracking().Where(i => contactIds.Contains(i.ContactId)).OrderBy(i => i.Date)
            .Select(i => new { i.ContactId, i.Date, Channel = i.Channel.ToString(), i.Note }).ToListAsync();
        var meetingIds = db.OneOnOnes.Where(m => m.UserId == id).Select(m => m.Id);
        tables["OneOnOnes"] = await db.OneOnOnes.AsNoTracking().Where(m => m.UserId == id).OrderBy(m => m.Date)
            .Select(m => new { m.Id, m.Date, m.WithWhom, m.ContactId, m.Notes }).ToListAsync();
        tables["TalkingPoint"] = await db.Set<TalkingPoint>().AsNoTracking().Where(p => meetingIds.Contains(p.OneOnOneId)).OrderBy(p => p.Id)
            .Select(p => new { p.OneOnOneId, Kind = p.Kind.ToString(), p.Text, p.Discussed, p.CarriedOver }).ToListAsync();
        tables["AgreedAction"] = await db.Set<AgreedAction>().AsNoTracking().Where(a => meetingIds.Contains(a.OneOnOneId)).OrderBy(a => a.Id)
            .Select(a => new { a.OneOnOneId, a.Text, a.ActionItemId }).ToListAsync();
        tables["PersonalBrands"] = await db.PersonalBrands.AsNoTracking().Where(b => b.UserId == id)
            .Select(b => new { b.WhoIAm, b.WhatIDeliver, b.WhatMakesMeDifferent, b.Pitch, b.Audiences, b.LeadWith }).ToListAsync();
        tables["BrandChannel"] = await db.Set<BrandChannel>().AsNoTracking()
            .Where(c => db.PersonalBrands.Any(b => b.Id == c.PersonalBrandId && b.UserId == id)).OrderBy(c => c.Id)
            .Select(c => new { Kind = c.Kind.ToString(), c.NextStep, c.ActionItemId }).ToListAsync();
        var requestIds = db.FeedbackRequests.Where(r => r.UserId == id).Select(r => r.Id);
        var responseIds = db.FeedbackResponses.Where(r => requestIds.Contains(r.FeedbackRequestId)).Select(r => r.Id);
        tables["FeedbackRequests"] = await db.FeedbackRequests.AsNoTracking().Where(r => r.UserId == id).OrderBy(r => r.CreatedAtUtc)
            .Select(r => new { r.Id, r.Intro, r.ShownName, r.IsAnonymous, r.ExpiresOn, r.CreatedAtUtc, r.ClosedAtUtc }).ToListAsync();
        tables["RevokedFeedbackLink"] = await db.Set<RevokedFeedbackLink>().AsNoTracking().Where(l => requestIds.Contains(l.FeedbackRequestId))
            .Select(l => new { l.FeedbackRequestId, Link = "(revoked; kept only as a hash)" }).ToListAsync();
        tables["FeedbackQuestion"] = await db.Set<FeedbackQuestion>().AsNoTracking().Where(q => requestIds.Contains(q.FeedbackRequestId))
            .Select(q => new { q.Id, q.FeedbackRequestId, q.Position, q.Text }).ToListAsync();
        tables["FeedbackStrength"] = await db.Set<FeedbackStrength>().AsNoTracking().Where(s => requestIds.Contains(s.FeedbackRequestId))
            .Select(s => new { s.Id, s.FeedbackRequestId, s.Text, s.SelfRating }).ToListAsync();
        tables["FeedbackResponses"] = await db.FeedbackResponses.AsNoTracking().Where(r => requestIds.Contains(r.FeedbackRequestId))
            .Select(r => new { r.Id, r.FeedbackRequestId, r.RespondentName, r.ReceivedOn }).ToListAsync();
        tables["FeedbackAnswer"] = await db.Set<FeedbackAnswer>().AsNoTracking().Where(a => responseIds.Contains(a.FeedbackResponseId))
            .Select(a => new { a.FeedbackResponseId, a.FeedbackQuestionId, a.Text }).ToListAsync();
        tables["FeedbackRating"] = await db.Set<FeedbackRating>().AsNoTracking().Where(r => responseIds.Contains(r.FeedbackResponseId))
            .Select(r => new { r.FeedbackResponseId, r.FeedbackStrengthId, r.Rating }).ToListAsync();
        // Sharing: who the person's plans are shared with and the plans shared with them; every comment and suggestion
        // on their plans, and every one they wrote on someone else's.
        tables["PlanShares"] = await db.PlanShares.AsNoTracking().Where(s => planIds.Contains(s.PlanId) || s.MentorId == id).OrderBy(s => s.Id)
            .Select(s => new
            {
                s.PlanId, Plan = db.Plans.Where(p => p.Id == s.PlanId).Select(p => p.Title).First(), YouAre = s.MentorId == id ? "mentor" : "owner",
                s.InviteeEmail, Role = s.Role.ToString(), Parts = s.Parts.ToString(), s.EndsOn, s.InvitedAtUtc, s.AcceptedAtUtc, s.LastViewedAtUtc,
            }).ToListAsync();
        tables["PlanComments"] = await db.PlanComments.AsNoTracking().Where(c => planIds.Contains(c.PlanId) || c.AuthorId == id).OrderBy(c => c.CreatedAtUtc)
            .Select(c => new
            {
                c.PlanId, Plan = db.Plans.Where(p => p.Id == c.PlanId).Select(p => p.Title).First(), c.GoalId, c.ReviewId,
                WrittenByYou = c.AuthorId == id, c.ByOwner, c.Text, c.CreatedAtUtc,
            }).ToListAsync();
        tables["PlanSuggestions"] = await db.PlanSuggestions.AsNoTracking().Where(s => planIds.Contains(s.PlanId) || s.AuthorId == id).OrderBy(s => s.CreatedAtUtc)
            .Select(s => new
            {
                s.PlanId, Plan = db.Plans.Where(p => p.Id == s.PlanId).Select(p => p.Title).First(), WrittenByYou = s.AuthorId == id,
                Kind = s.Kind.ToString(), s.Title, s.Reason, State = s.State.ToString(), s.DeclineNote, s.CreatedAtUtc, s.AnsweredAtUtc,
            }).ToListAsync();
        return new Dictionary<string, object>
        {
            ["exportedAtUtc"] = time.GetUtcNow().UtcDateTime,
            ["tables"] = tables,
        };
    }
}
