package dev.connectsim.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.regions.providers.InstanceProfileRegionProvider;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;

/**
 * The Region of a sandbox run and where it came from. The settings' {@code region} (or {@code --region}) comes first;
 * without one, the SDK's default region chain, in the SDK's order: the {@code aws.region} system property or
 * {@code AWS_REGION}, the profile's {@code region} (the named profile, else {@code AWS_PROFILE}'s or
 * {@code default}), then instance metadata. A dry run skips instance metadata, because it sends nothing. When nothing
 * gives a Region, the failure is one line naming what was tried.
 *
 * @param region the Region
 * @param source where it came from, such as {@code profile 'dev'}; empty when the settings named it
 */
record SandboxRegion(Region region, Optional<String> source) {

    /** The Region for {@code config}; {@code dryRun} leaves instance metadata out. */
    static SandboxRegion of(SandboxConfig config, boolean dryRun) {
        if (config.region().isPresent()) {
            return new SandboxRegion(Region.of(config.region().get()), Optional.empty());
        }
        String profile = config.profile().orElseGet(ProfileFileSystemSetting.AWS_PROFILE::getStringValueOrThrow);
        List<Step> chain = new ArrayList<>(List.of(
                new Step(System.getProperty("aws.region") != null ? "aws.region" : "AWS_REGION",
                        new SystemSettingsRegionProvider()),
                new Step("profile '" + profile + "'", new AwsProfileRegionProvider(null, profile))));
        if (!dryRun) {
            chain.add(new Step("instance metadata", new InstanceProfileRegionProvider()));
        }
        for (Step step : chain) {
            try {
                Region region = step.provider().getRegion();
                if (region != null) {
                    return new SandboxRegion(region, Optional.of(step.name()));
                }
            } catch (RuntimeException e) {
                // as in the SDK's AwsRegionProviderChain: a provider that cannot answer passes to the next one
            }
        }
        throw new SandboxException("no AWS Region: " + config.file() + " has no 'region', --region was not given,"
                + " and the SDK's region chain (aws.region, AWS_REGION, profile '" + profile + "' in "
                + ProfileFileLocation.configurationFilePath() + (dryRun ? "; a dry run does not ask instance metadata"
                : ", instance metadata") + ") found none");
    }

    /** "eu-west-2", or "eu-west-2 (from profile 'dev')" when the SDK's chain found it. */
    @Override
    public String toString() {
        return region.id() + source.map(s -> " (from " + s + ")").orElse("");
    }

    private record Step(String name, AwsRegionProvider provider) {
    }
}
