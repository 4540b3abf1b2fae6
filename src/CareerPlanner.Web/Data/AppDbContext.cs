using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CareerPlanner.Web.Data;

/// <summary>One context for identity and the app's data. On PostgreSQL the app runs <see cref="Postgres.PostgresAppDbContext"/>,
/// the same model under a type of its own, so that each provider keeps its own migrations.</summary>
public class AppDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The keys that protect cookies, kept here when several app instances share the database (PostgreSQL).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<UserProfile> UserProfiles => Set<UserProfile>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<SelfAssessmentItem> SelfAssessmentItems => Set<SelfAssessmentItem>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<Reflection> Reflections => Set<Reflection>();
    public DbSet<InterestTestResult> InterestTestResults => Set<InterestTestResult>();
    public DbSet<CareerOption> CareerOptions => Set<CareerOption>();
    public DbSet<DemandedSkill> DemandedSkills => Set<DemandedSkill>();
    public DbSet<ExplorationActivity> ExplorationActivities => Set<ExplorationActivity>();
    public DbSet<ResearchNote> ResearchNotes => Set<ResearchNote>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<ProgressReading> ProgressReadings => Set<ProgressReading>();
    public DbSet<GoalChange> GoalChanges => Set<GoalChange>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewReminder> ReviewReminders => Set<ReviewReminder>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<OneOnOne> OneOnOnes => Set<OneOnOne>();
    public DbSet<PersonalBrand> PersonalBrands => Set<PersonalBrand>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<LearningItem> LearningItems => Set<LearningItem>();
    public DbSet<Achievement> Achievements => Set<Achievement>();
    public DbSet<FeedbackRequest> FeedbackRequests => Set<FeedbackRequest>();
    public DbSet<FeedbackResponse> FeedbackResponses => Set<FeedbackResponse>();
    public DbSet<SkillCoverage> SkillCoverages => Set<SkillCoverage>();
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<OccupationTitle> OccupationTitles => Set<OccupationTitle>();
    public DbSet<OccupationElement> OccupationElements => Set<OccupationElement>();
    public DbSet<OccupationTechnology> OccupationTechnologies => Set<OccupationTechnology>();
    public DbSet<RelatedOccupation> RelatedOccupations => Set<RelatedOccupation>();
    public DbSet<JobZone> JobZones => Set<JobZone>();
    public DbSet<OccupationRelease> OccupationReleases => Set<OccupationRelease>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<Education> Education => Set<Education>();
    public DbSet<Certification> Certifications => Set<Certification>();
    public DbSet<Language> Languages => Set<Language>();
    public DbSet<ResumeSettings> ResumeSettings => Set<ResumeSettings>();
    public DbSet<PlanShare> PlanShares => Set<PlanShare>();
    public DbSet<PlanComment> PlanComments => Set<PlanComment>();
    public DbSet<PlanSuggestion> PlanSuggestions => Set<PlanSuggestion>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            Postgres.PostgresModel.Adapt(builder);
        }
    }
}
