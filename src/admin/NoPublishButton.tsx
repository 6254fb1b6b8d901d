/**
 * Replaces Payload's "Veröffentlichen" button on providers: only an approval publishes
 * (routeProviderSave in src/workflow/hooks.ts refuses any other publish), and approving is the
 * "Freigeben" button of the review actions.
 */
export const NoPublishButton = () => null
