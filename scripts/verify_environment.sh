#!/usr/bin/env bash
# Post-deploy check of one environment, run by the pipeline's Verify step in the tooling account.
#   TARGET_ACCOUNT, TARGET_REGION   where the stage was deployed
#   LOOKUP_ROLE_ARN                 the bootstrap's read-only lookup role there (trusts the tooling account)
#   STACKS                          the stage's CloudFormation stack names
#   KUBERNETES_VERSION              the cluster's configured minor version
# Through AWS APIs only, read-only (describe/list calls), so it works against a private API endpoint that the
# tooling account's CodeBuild cannot reach:
#   - every stack is in a *_COMPLETE state (not a rollback, not in progress). The delivery stacks' readiness
#     waits ran inside the VPC (the kubectl provider) and fail their stack unless the Deployments they wait
#     for became Available, so a complete delivery stack is the in-cluster check;
#   - every EKS cluster in those stacks is ACTIVE, runs KUBERNETES_VERSION and reports no health issue;
#   - every managed node group is ACTIVE with no health issue; every EKS add-on is ACTIVE with no health issue.
set -euo pipefail

: "${TARGET_ACCOUNT:?}" "${TARGET_REGION:?}" "${LOOKUP_ROLE_ARN:?}" "${STACKS:?}" "${KUBERNETES_VERSION:?}"
export AWS_REGION="$TARGET_REGION" AWS_DEFAULT_REGION="$TARGET_REGION"

read -r AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN < <(
  aws sts assume-role --role-arn "$LOOKUP_ROLE_ARN" --role-session-name "pipeline-verify" \
    --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN

fail() { echo "FAIL: $*"; exit 1; }

clusters=()
for stack in $STACKS; do
  status=$(aws cloudformation describe-stacks --stack-name "$stack" --query 'Stacks[0].StackStatus' --output text)
  echo "stack $stack: $status"
  case "$status" in
    *ROLLBACK*|*FAILED*|*IN_PROGRESS*) fail "$stack is $status" ;;
  esac
  while read -r cluster; do
    [ -n "$cluster" ] && [ "$cluster" != "None" ] && clusters+=("$cluster")
  done < <(aws cloudformation list-stack-resources --stack-name "$stack" \
    --query "StackResourceSummaries[?ResourceType=='AWS::EKS::Cluster'].PhysicalResourceId" --output text | tr '\t' '\n')
done

if [ "${#clusters[@]}" -eq 0 ]; then
  echo "no EKS cluster in this stage: stack checks only"
  exit 0
fi

for cluster in "${clusters[@]}"; do
  read -r status version issues < <(aws eks describe-cluster --name "$cluster" \
    --query '[cluster.status, cluster.version, length(cluster.health.issues || `[]`)]' --output text)
  echo "cluster $cluster: $status, Kubernetes $version, $issues health issues"
  [ "$status" = "ACTIVE" ] || fail "cluster $cluster is $status"
  [ "$version" = "$KUBERNETES_VERSION" ] || fail "cluster $cluster runs $version, config says $KUBERNETES_VERSION"
  [ "$issues" = "0" ] || fail "cluster $cluster reports $issues health issues"

  for group in $(aws eks list-nodegroups --cluster-name "$cluster" --query 'nodegroups[]' --output text); do
    read -r status issues < <(aws eks describe-nodegroup --cluster-name "$cluster" --nodegroup-name "$group" \
      --query '[nodegroup.status, length(nodegroup.health.issues || `[]`)]' --output text)
    echo "  node group $group: $status, $issues health issues"
    [ "$status" = "ACTIVE" ] || fail "node group $group of $cluster is $status"
    [ "$issues" = "0" ] || fail "node group $group of $cluster reports $issues health issues"
  done

  for addon in $(aws eks list-addons --cluster-name "$cluster" --query 'addons[]' --output text); do
    read -r status issues < <(aws eks describe-addon --cluster-name "$cluster" --addon-name "$addon" \
      --query '[addon.status, length(addon.health.issues || `[]`)]' --output text)
    echo "  add-on $addon: $status, $issues health issues"
    [ "$status" = "ACTIVE" ] || fail "add-on $addon of $cluster is $status"
    [ "$issues" = "0" ] || fail "add-on $addon of $cluster reports $issues health issues"
  done
done
echo "environment $TARGET_ACCOUNT/$TARGET_REGION verified"
