using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> milestone)
    {
        milestone.Property(m => m.Title).HasMaxLength(Milestone.TitleMaxLength).IsRequired();
        milestone.Property(m => m.Version).IsConcurrencyToken();
        milestone.HasOne<Goal>().WithMany().HasForeignKey(m => m.GoalId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        milestone.HasIndex(m => new { m.GoalId, m.Sequence });
    }
}

public sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> action)
    {
        action.Property(a => a.Title).HasMaxLength(ActionItem.TitleMaxLength).IsRequired();
        action.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        action.Property(a => a.Version).IsConcurrencyToken();
        action.Ignore(a => a.IsOpen);
        action.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        // An action outlives the goal or milestone it was for; it only loses the link.
        action.HasOne<Goal>().WithMany().HasForeignKey(a => a.GoalId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        action.HasOne<Milestone>().WithMany().HasForeignKey(a => a.MilestoneId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        action.HasIndex(a => new { a.PlanId, a.Status, a.DueDate });
    }
}

public sealed class LearningItemConfiguration : IEntityTypeConfiguration<LearningItem>
{
    public void Configure(EntityTypeBuilder<LearningItem> item)
    {
        item.Property(i => i.Title).HasMaxLength(LearningItem.TitleMaxLength).IsRequired();
        item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.Learned).HasMaxLength(LearningItem.LearnedMaxLength);
        item.Property(i => i.Version).IsConcurrencyToken();
        item.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        item.HasMany(i => i.Skills).WithOne().HasForeignKey(l => l.LearningItemId).OnDelete(DeleteBehavior.Cascade);
        item.HasIndex(i => new { i.UserId, i.Status });
    }
}

public sealed class LearningSkillLinkConfiguration : IEntityTypeConfiguration<LearningSkillLink>
{
    public void Configure(EntityTypeBuilder<LearningSkillLink> link)
    {
        link.HasKey(l => new { l.LearningItemId, l.SkillId });
        link.HasOne<Skill>().WithMany().HasForeignKey(l => l.SkillId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> achievement)
    {
        achievement.Property(a => a.What).HasMaxLength(Achievement.WhatMaxLength).IsRequired();
        achievement.Property(a => a.Impact).HasMaxLength(Achievement.ImpactMaxLength);
        achievement.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        achievement.HasMany(a => a.Goals).WithOne().HasForeignKey(l => l.AchievementId).OnDelete(DeleteBehavior.Cascade);
        achievement.HasMany(a => a.Skills).WithOne().HasForeignKey(l => l.AchievementId).OnDelete(DeleteBehavior.Cascade);
        achievement.HasIndex(a => new { a.UserId, a.Date });
    }
}

public sealed class AchievementGoalLinkConfiguration : IEntityTypeConfiguration<AchievementGoalLink>
{
    public void Configure(EntityTypeBuilder<AchievementGoalLink> link)
    {
        link.HasKey(l => new { l.AchievementId, l.GoalId });
        link.HasOne<Goal>().WithMany().HasForeignKey(l => l.GoalId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AchievementSkillLinkConfiguration : IEntityTypeConfiguration<AchievementSkillLink>
{
    public void Configure(EntityTypeBuilder<AchievementSkillLink> link)
    {
        link.HasKey(l => new { l.AchievementId, l.SkillId });
        link.HasOne<Skill>().WithMany().HasForeignKey(l => l.SkillId).OnDelete(DeleteBehavior.Cascade);
    }
}
