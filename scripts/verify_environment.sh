#!/usr/bin/env bash
# Post-deploy check of one environment, run by the pipeline's Verify step in the tooling account.
#   TARGET_ACCOUNT, TARGET_REGION   where the stage was deployed
#   LOOKUP_ROLE_ARN                 the bootstrap's read-only lookup role there (trusts the tooling account)
#   STACKS                          the stage's CloudFormation stack names
#   KUBERNETES_VERSION              the cluster's minor version, for a matching kubectl
# Checks: every stack is in a *_COMPLETE state (not a rollback); every EKS cluster in those stacks is ACTIVE;
# when a cluster exists, every Deployment in it is Available. The last needs an EKS access entry for the
# lookup role with AmazonEKSViewPolicy (read-only), which the cluster stack grants (docs/platform-engineer.md, Set up the pipeline).
set -euo pipefail

: "${TARGET_ACCOUNT:?}" "${TARGET_REGION:?}" "${LOOKUP_ROLE_ARN:?}" "${STACKS:?}" "${KUBERNETES_VERSION:?}"
export AWS_REGION="$TARGET_REGION" AWS_DEFAULT_REGION="$TARGET_REGION"

read -r AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN < <(
  aws sts assume-role --role-arn "$LOOKUP_ROLE_ARN" --role-session-name "pipeline-verify" \
    --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)
export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN

clusters=()
for stack in $STACKS; do
  status=$(aws cloudformation describe-stacks --stack-name "$stack" --query 'Stacks[0].StackStatus' --output text)
  echo "stack $stack: $status"
  case "$status" in
    *ROLLBACK*|*FAILED*|*IN_PROGRESS*) echo "FAIL: $stack is $status"; exit 1 ;;
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

# kubectl matching the cluster's minor version, from the Kubernetes release site, checksum verified.
version=$(curl -fsSL "https://dl.k8s.io/release/stable-${KUBERNETES_VERSION}.txt")
curl -fsSLo /tmp/kubectl "https://dl.k8s.io/release/${version}/bin/linux/amd64/kubectl"
echo "$(curl -fsSL "https://dl.k8s.io/release/${version}/bin/linux/amd64/kubectl.sha256")  /tmp/kubectl" | sha256sum --check
chmod +x /tmp/kubectl

for cluster in "${clusters[@]}"; do
  status=$(aws eks describe-cluster --name "$cluster" --query 'cluster.status' --output text)
  echo "cluster $cluster: $status"
  [ "$status" = "ACTIVE" ] || { echo "FAIL: cluster $cluster is $status"; exit 1; }
  aws eks update-kubeconfig --name "$cluster" --kubeconfig /tmp/kubeconfig >/dev/null
  KUBECONFIG=/tmp/kubeconfig /tmp/kubectl get deployments --all-namespaces
  KUBECONFIG=/tmp/kubeconfig /tmp/kubectl wait deployments --all --all-namespaces \
    --for=condition=Available --timeout=15m
done
echo "environment $TARGET_ACCOUNT/$TARGET_REGION verified"
