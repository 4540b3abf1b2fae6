using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.Property(p => p.Title).HasMaxLength(Plan.TitleMaxLength).IsRequired();
        plan.Property(p => p.CurrentStage).HasConversion<string>().HasMaxLength(20);
        plan.Property(p => p.CheckInCadence).HasConversion<string>().HasMaxLength(10);
        plan.Property(p => p.VisionStatement).HasMaxLength(Plan.VisionMaxLength);
        plan.Property(p => p.BackupPlan).HasMaxLength(Plan.BackupPlanMaxLength);
        plan.Property(p => p.BackupTrigger).HasMaxLength(Plan.BackupTriggerMaxLength);
        plan.Property(p => p.Version).IsConcurrencyToken();
        plan.HasOne<AppUser>().WithMany().HasForeignKey(p => p.OwnerId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        plan.HasIndex(p => new { p.OwnerId, p.IsArchived, p.UpdatedAtUtc });
    }
}

public sealed class ReviewReminderConfiguration : IEntityTypeConfiguration<ReviewReminder>
{
    public void Configure(EntityTypeBuilder<ReviewReminder> reminder)
    {
        reminder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        reminder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        reminder.HasIndex(r => new { r.PlanId, r.Kind, r.DueSince, r.Overdue }).IsUnique();
    }
}

public sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> feed)
    {
        feed.Property(f => f.TokenHash).HasMaxLength(64).IsRequired();
        feed.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        feed.HasIndex(f => f.UserId).IsUnique();
        feed.HasIndex(f => f.TokenHash).IsUnique();
    }
}
