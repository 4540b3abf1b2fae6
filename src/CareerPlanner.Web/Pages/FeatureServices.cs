using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages;

/// <summary>The services the pages share, registered once each, feature by feature (as the folders under Pages/).</summary>
public static class FeatureServices
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UserClock>();
        services.AddSingleton<UserCalendars>();
        services.AddScoped<Export.Spreadsheets>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<Data.Backup.BackupWriter>();
        services.AddScoped<Data.Backup.BackupRestore>();
        services.AddSingleton<PendingUploads>();
        services.AddScoped<Occupations.OccupationCatalogue>();
        services.AddScoped<Plans.Research.SkillInventory>();
        services.AddScoped<Plans.Research.OptionComparison>();
        services.AddScoped<Plans.PlanComparison>();
        services.AddSingleton<Occupations.OccupationSearchIndex>();

        // Self-assessment, learning and achievements (the person's own)
        services.AddScoped<SelfAssessment.SelfAssessmentSummary>();
        services.AddScoped<SelfAssessment.Skills.SkillEditor>();
        services.AddScoped<Learning.LearningEditor>();
        services.AddScoped<Learning.PersonSkills>();
        services.AddScoped<Achievements.AchievementLog>();

        // Career history and the résumé (the person's own)
        services.AddScoped<History.CareerHistory>();
        services.AddScoped<Resume.ResumeBuilder>();
        services.AddScoped<Resume.HistoryImport>();

        // A plan and its stages
        services.AddScoped<Plans.PlanProgress>();
        services.AddScoped<Plans.PlanOverview>();
        services.AddScoped<Plans.Research.ResearchSummary>();
        services.AddScoped<Plans.Research.Options.OptionEditor>();
        services.AddScoped<Plans.Research.Activities.ActivityEditor>();
        services.AddScoped<Plans.Goals.GoalEditor>();
        services.AddScoped<Plans.Goals.GoalBoard>();
        services.AddScoped<Plans.Goals.Milestones.MilestoneFrames>();
        services.AddScoped<Plans.Actions.ActionBoard>();
        services.AddScoped<Plans.Actions.ActionHub>();
        services.AddScoped<Plans.Actions.ActionTargets>();
        services.AddScoped<Plans.Reviews.ReviewEditor>();
        services.AddScoped<Plans.Reviews.QuarterReport>();
        services.AddScoped<Plans.Reviews.ReviewHub>();
        services.AddScoped<Plans.Reviews.DueReviews>();

        // Sharing a plan with a mentor or coach
        services.AddScoped<Mentoring.SharedPlans>();
        services.AddScoped<Mentoring.MentorMail>();
        services.AddScoped<Plans.Suggestions.SuggestionInbox>();

        // People
        services.AddScoped<Network.ContactEditor>();
        services.AddScoped<Network.AddressBook>();

        // What is due: the dashboard, the reminder e-mails and the calendar feed
        services.AddScoped<Dashboard.WhatIsDue>();
        services.Configure<Reminders.ReminderOptions>(configuration.GetSection(Reminders.ReminderOptions.Section));
        services.AddSingleton<Reminders.UnsubscribeTokens>();
        services.AddScoped<Reminders.ReviewReminders>();
        services.AddHostedService<Reminders.ReviewReminderService>();
        services.AddScoped<Calendar.CalendarEvents>();
        services.AddSingleton<Reminders.PublicAddress>();
        services.AddScoped<Achievements.AchievementChoices>();
        return services;
    }
}
